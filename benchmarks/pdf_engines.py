"""Compare PDF engines for the board report: import + render time of a 3-page French report.

Run once per engine, each in a scratch venv where only that engine is installed::

    python3 -m venv /tmp/v-typst && /tmp/v-typst/bin/pip install typst
    /tmp/v-typst/bin/python benchmarks/pdf_engines.py typst --chart chart.svg --out /tmp/typst.pdf

(``fpdf2`` and ``reportlab`` likewise; ``--chart`` takes an SVG for typst and fpdf2, a PNG for
reportlab, which cannot embed SVG without svglib.) The script prints the median of ``--runs`` fresh
processes (import included), so that start-up counts as a director would feel it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

TEXT = (
    "Vos pratiques dessinent surtout la figure « Radar » ; votre ambition 2050 penche vers "
    "« Coordinateur des énergies du territoire ». L'écart le plus marqué : 12 % pour l'ambition "
    "contre 27 % dans les pratiques. Que faire ? Ouvrir la discussion en conseil d'administration, "
    "avec les élus, les agents et les partenaires ; aucune figure n'est meilleure qu'une autre."
)
ROWS = [[f"Figure n° {i} — développement", "27 %", "45 %", "20 %", "30 %", "−7", "+3"] for i in range(7)]


def render_typst(chart: str, out: str) -> None:
    import typst

    data = {"text": TEXT, "rows": ROWS, "chart": chart}
    source = """
#set page(paper: "a4", margin: 2cm, numbering: "1 / 1")
#set text(lang: "fr", size: 10.5pt, font: "Libertinus Serif")
#set par(justify: true)
#let d = json(bytes(sys.inputs.data))
= Rapport du CCAS
#for i in range(12) [
  == Section #(i + 1)
  #d.text #d.text
  #if calc.rem(i, 4) == 0 { table(columns: 7, ..d.rows.flatten()) }
  #if i == 2 { image(d.chart, width: 100%) }
]
"""
    with open(out + ".typ", "w", encoding="utf-8") as handle:
        handle.write(source)
    typst.compile(out + ".typ", output=out, sys_inputs={"data": json.dumps(data)}, root="/")


def render_fpdf2(chart: str, out: str) -> None:
    import matplotlib  # only to find DejaVu, which fpdf2 needs for non-Latin-1 characters (−, U+00A0)
    from fpdf import FPDF

    fonts = matplotlib.get_data_path() + "/fonts/ttf/"
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", fonts + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", fonts + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(text="Rapport du CCAS", new_x="LMARGIN", new_y="NEXT")
    for i in range(12):
        pdf.set_font("DejaVu", "B", 13)
        pdf.cell(text=f"Section {i + 1}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5, TEXT + " " + TEXT, align="J", new_x="LMARGIN", new_y="NEXT")
        if i % 4 == 0:
            with pdf.table() as table:
                for row in ROWS:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
        if i == 2:
            pdf.image(chart, w=170)
    pdf.output(out)


def render_reportlab(chart: str, out: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story: list[object] = [Paragraph("Rapport du CCAS", styles["Title"])]
    for i in range(12):
        story.append(Paragraph(f"Section {i + 1}", styles["Heading2"]))
        story.append(Paragraph(TEXT + " " + TEXT, body))
        if i % 4 == 0:
            story.append(Table(ROWS))
        if i == 2:
            story.append(Image(chart, width=17 * cm, height=14 * cm))
    SimpleDocTemplate(out, pagesize=A4).build(story)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("engine", choices=("typst", "fpdf2", "reportlab"))
    parser.add_argument("--chart", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.once:
        globals()["render_" + args.engine](args.chart, args.out)
        return
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, args.engine, "--chart", args.chart, "--out", args.out,
                        "--once"], check=True)
        times.append(time.perf_counter() - start)
    print(f"{args.engine}: median {statistics.median(times) * 1000:.0f} ms over {args.runs} runs")


if __name__ == "__main__":
    main()
