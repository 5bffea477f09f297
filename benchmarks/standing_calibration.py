"""Calibrate the ``standing_out`` rule (floor, lead) on the validation corpus.

Prints, for the shipped questionnaire and ``tests/corpus``:

1. per profile, the expected figures and the intensity and lead (over the median of the others) of
   every figure with a lead of at least 10 points;
2. per candidate (floor, lead): how many profiles give exactly their expected set, the margins
   (lowest expected intensity and lead minus the parameters; highest unexpected intensity and lead
   against them), the share of 1,000 uniformly random respondents with a figure standing out;
3. for the chosen rule: per profile, in how many of N seeded trials answering 10 % of the practice
   questions at random keeps the first standing-out figure (or keeps none, for ordinary profiles).

Run: ``python benchmarks/standing_calibration.py [--trials 200]`` (from the repository root).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ccas_compass.model.core import Answers, Model  # noqa: E402
from ccas_compass.scoring.corpus import read_expected  # noqa: E402
from ccas_compass.scoring.mix import score  # noqa: E402
from ccas_compass.scoring.standing import StandingOutRule, lead, standing_out  # noqa: E402
from ccas_compass.scoring.versions import shelf  # noqa: E402
from tests.factory import answer_value, noisy  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"



def random_respondent(model: Model, rng: random.Random) -> Answers:
    q = model.questionnaire
    values = {x.id: (lambda v: tuple(v) if isinstance(v, list) else v)(answer_value(x, rng))
              for x in q.practice_questions}
    return Answers({}, values, q.id, q.version)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--random", type=int, default=1000)
    parser.add_argument("--floor", type=float, default=None)
    parser.add_argument("--lead", type=float, default=None)
    args = parser.parse_args()
    versions = shelf(None)
    model = versions.current
    rule = model.questionnaire.standing_out
    profiles = read_expected(CORPUS)
    scored = []
    print(f"questionnaire {model.questionnaire.version}; rule in the file: {rule}")
    print("\n1. Per profile: expected; figures with a lead ≥ 10 (intensity / lead)")
    for p in profiles:
        used, answers = versions.load_answers(CORPUS / p.file)
        res = score(used, answers)
        inten = {s.id: s.intensity for s in res.practice}
        scored.append((p, inten, res.coverage))
        tops = sorted(((v, lead(inten, f) or 0.0, f) for f, v in inten.items() if v is not None),
                      reverse=True)
        shown = ", ".join(f"{f} {v:.1f}/{ld:.1f}" for v, ld, f in tops if ld >= 10) or "—"
        print(f"  {p.file:40s} expected {sorted(p.standing_out) or '[]'}: {shown}")

    rng = random.Random(2050)
    randoms = [score(model, random_respondent(model, rng)) for _ in range(args.random)]
    rand_int = [({s.id: s.intensity for s in r.practice}, r.coverage) for r in randoms]

    print("\n2. Candidates: corpus ok / 16; margins; random respondents with a figure standing out")
    print(f"  {'floor':>5} {'lead':>5} {'ok':>3} {'exp.int-floor':>13} {'exp.lead-lead':>13} "
          f"{'unexp.int':>9} {'unexp.lead':>10} {'random %':>8}")
    for floor in (30, 35, 40, 45, 50):
        for min_lead in (15, 20, 25, 30):
            cand = StandingOutRule(float(floor), float(min_lead), rule.min_coverage)
            ok = sum(set(standing_out(i, cand, c)) == p.standing_out for p, i, c in scored)
            exp_int = min(i[f] or 0.0 for p, i, _ in scored for f in p.standing_out) - floor
            exp_lead = min(lead(i, f) or 0.0 for p, i, _ in scored for f in p.standing_out) - min_lead
            # the strongest unexpected figure: its intensity among those leading by ≥ min_lead, and
            # its lead among those above the floor
            un_int = max((i[f] or 0.0 for p, i, _ in scored for f in i
                          if f not in p.standing_out and (lead(i, f) or 0.0) >= min_lead), default=0.0)
            un_lead = max((lead(i, f) or 0.0 for p, i, _ in scored for f in i
                           if f not in p.standing_out and (i[f] or 0.0) >= floor), default=0.0)
            rnd = 100.0 * sum(bool(standing_out(i, cand, c)) for i, c in rand_int) / len(rand_int)
            print(f"  {floor:5d} {min_lead:5d} {ok:3d} {exp_int:13.1f} {exp_lead:13.1f} "
                  f"{un_int:9.1f} {un_lead:10.1f} {rnd:8.1f}")
    chosen = StandingOutRule(
        args.floor if args.floor is not None else rule.min_intensity,
        args.lead if args.lead is not None else rule.min_lead, rule.min_coverage,
    )
    top = max(max(v for v in i.values() if v is not None) for i, _ in rand_int)
    print(f"  random respondents: highest intensity {top:.1f}")
    print(f"\n3. Robustness of {chosen} ({args.trials} trials per profile, 10 % answered at random)")
    for p, inten, cov in scored:
        used, answers = versions.load_answers(CORPUS / p.file)
        first = standing_out(inten, chosen, cov)[:1]
        kept = within = same = 0
        trng = random.Random(p.file)
        for _ in range(args.trials):
            res = score(used, noisy(used, answers, trng))
            got = standing_out({s.id: s.intensity for s in res.practice}, chosen, res.coverage)
            kept += got[:1] == first
            within += (got[:1] == ()) if not p.standing_out else (got[:1] != () and got[0] in p.standing_out)
            same += set(got) == p.standing_out
        n = args.trials
        print(f"  {p.file:40s} first {first[0] if first else '—':15s} kept {100.0 * kept / n:5.1f} %"
              f"  first in expected {100.0 * within / n:5.1f} %  same set {100.0 * same / n:5.1f} %")


if __name__ == "__main__":
    main()
