"""Messages: batch: inputs, teams, panorama, results tables."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- batch: inputs, teams, panorama, resultats.csv (ccas-compass batch) -----------------------
    "csv_not_utf8": {
        "fr": "le fichier n'est pas en UTF-8 (octet {byte}) ; dans Excel, enregistrez-le au format "
        "« CSV UTF-8 (délimité par des virgules) »",
        "en": "the file is not UTF-8 (byte {byte}); in Excel, save it as \"CSV UTF-8 (Comma delimited)\"",
    },
    "csv_syntax": {"fr": "CSV illisible : {detail}", "en": "unreadable CSV: {detail}"},
    "unknown_column": {
        "fr": "colonne « {name} » inconnue, ignorée (ni un identifiant de question ni une colonne du profil)",
        "en": "unknown column '{name}', ignored (neither a question id nor a profile column)",
    },
    "no_name_column": {
        "fr": "ni colonne « name » ni colonne « insee » : impossible de savoir quelle organisation a répondu "
        "(voir ccas-compass template --csv)",
        "en": "no 'name' nor 'insee' column: cannot tell which organisation answered "
        "(see ccas-compass template --csv)",
    },
    "bad_tick": {
        "fr": "« {value} » n'est ni 1 (cochée) ni 0 (non cochée)",
        "en": "'{value}' is neither 1 (ticked) nor 0 (not ticked)",
    },
    "out_not_empty": {
        "fr": "le dossier existe déjà et n'est pas vide ; choisissez un autre dossier, ou --force pour "
        "remplacer les résultats qu'il contient",
        "en": "the folder already exists and is not empty; choose another folder, or --force to replace "
        "the results it holds",
    },
    "out_is_file": {
        "fr": "ce chemin est un fichier, pas un dossier",
        "en": "this path is a file, not a folder",
    },
    "no_inputs": {
        "fr": "aucun fichier de réponses (.yaml, .yml, .json, .csv, .xlsx) trouvé",
        "en": "no answers file (.yaml, .yml, .json, .csv, .xlsx) found",
    },
    "batch_reading": {"fr": "Lecture des réponses", "en": "Reading answers"},
    "batch_writing": {"fr": "Écriture des rapports", "en": "Writing reports"},
    "batch_summary": {
        "fr": "{respondents} répondant{respondents|s} de {orgs} organisation{orgs|s} "
        "analysé{respondents|s} ; {failed} entrée{failed|s} en erreur.",
        "en": "{respondents} respondent{respondents|s} from {orgs} organisation{orgs|s} scored; "
        "{failed} input{failed|s} failed.",
    },
    "batch_failures": {
        "fr": "Entrées non analysées ({count}) :",
        "en": "Inputs not scored ({count}):",
    },
    "batch_written": {
        "fr": "Résultats écrits dans {path} ({files} fichiers) : panorama.md, resultats.csv (et .xlsx) et "
        "un rapport par organisation dans organisations/",
        "en": "Results written to {path} ({files} files): panorama.md, resultats.csv (and .xlsx) and a "
        "report per organisation in organisations/",
    },
    "batch_nothing_written": {
        "fr": "Aucun répondant n'a pu être analysé : rien n'est écrit dans {path}.",
        "en": "No respondent could be scored: nothing is written to {path}.",
    },
    "batch_hint_out": {
        "fr": "Pour écrire un rapport par organisation, le panorama et resultats.csv : --out DOSSIER "
        "(--format json pour tout le résultat sur la sortie standard).",
        "en": "To write a report per organisation, the panorama and resultats.csv: --out DIR "
        "(--format json for the whole result on standard output).",
    },
    "team_title": {
        "fr": "L'équipe : {count} répondant{count|s}",
        "en": "The team: {count} respondent{count|s}",
    },
    "team_intro": {
        "fr": "Le profil ci-dessus est la moyenne des répondants. Pour chaque figure, la part la plus basse "
        "et la plus haute données par un répondant : moins de 5 points d'écart, accord fort ; de 5 à 10, "
        "accord moyen ; au-delà, l'équipe ne voit pas cette figure de la même façon, ce qui mérite d'en "
        "parler.",
        "en": "The profile above is the respondents' mean. For each figure, the lowest and highest share "
        "given by one respondent: less than 5 points apart, strong agreement; 5 to 10, moderate; beyond, "
        "the team does not see this figure the same way, which is worth talking about.",
    },
    "team_mean": {"fr": "Moyenne", "en": "Mean"},
    "team_coverage": {
        "fr": "Couverture : en moyenne {coverage} % des questions de pratiques renseignées par chaque "
        "répondant (de {low} à {high} sur {total}).",
        "en": "Coverage: on average {coverage}% of the practice questions answered by each respondent "
        "({low} to {high} of {total}).",
    },
    "team_low": {"fr": "La plus basse", "en": "Lowest"},
    "team_high": {"fr": "La plus haute", "en": "Highest"},
    "team_agreement": {"fr": "Accord", "en": "Agreement"},
    "agreement_strong": {"fr": "fort", "en": "strong"},
    "agreement_moderate": {"fr": "moyen", "en": "moderate"},
    "agreement_weak": {"fr": "faible : à discuter", "en": "weak: to discuss"},
    "team_members": {"fr": "Les répondants", "en": "The respondents"},
    "col_number": {"fr": "N°", "en": "No."},
    "col_role": {"fr": "Rôle", "en": "Role"},
    "col_date": {"fr": "Date", "en": "Date"},
    "col_answered": {"fr": "Questions renseignées", "en": "Questions answered"},
    "col_source": {"fr": "Fichier", "en": "File"},
    "team_discuss": {"fr": "Questions à mettre en discussion", "en": "Questions to talk over"},
    "team_discuss_intro": {
        "fr": "Les questions où les réponses divergent le plus, de la moins partagée à la plus partagée. "
        "L'accord est la part de réponses communes entre deux répondants, en moyenne sur toutes les paires.",
        "en": "The questions where answers differ most, least shared first. Agreement is the share of "
        "answers two respondents have in common, averaged over every pair.",
    },
    "team_all_agree": {
        "fr": "Les répondants ont donné les mêmes réponses à chaque question renseignée par au moins deux "
        "d'entre eux.",
        "en": "The respondents gave the same answers to every question at least two of them answered.",
    },
    "team_respondent_n": {"fr": "répondant n° {n}", "en": "respondent no. {n}"},
    "peers_title": {"fr": "Parmi les pairs", "en": "Among peers"},
    "peers_departement": {
        "fr": "À côté des parts médianes des {count} organisations du département {dep} de ce lot (la moitié "
        "des organisations est au-dessus, l'autre moitié en dessous). Une part plus haute ou plus basse "
        "n'est ni mieux ni moins bien : elle situe.",
        "en": "Beside the median shares of the {count} organisations of département {dep} in this batch "
        "(half "
        "the organisations are above, half below). A higher or lower share is neither better nor worse: "
        "it situates.",
    },
    "peers_all": {
        "fr": "À côté des parts médianes des {count} organisations de ce lot (son département n'y est pas "
        "montré seul, pour qu'aucune organisation ne puisse y être reconnue). Une part plus haute ou plus "
        "basse n'est ni mieux ni moins bien : elle situe.",
        "en": "Beside the median shares of the {count} organisations in this batch (its département is not "
        "shown on its own, so that no organisation can be singled out). A higher or lower share is neither "
        "better nor worse: it situates.",
    },
    "peers_none": {
        "fr": "Pas de comparaison : ce lot compte moins de {min} organisations.",
        "en": "No comparison: this batch has fewer than {min} organisations.",
    },
    "peers_own": {"fr": "Pratiques ici", "en": "Practices here"},
    "peers_median": {"fr": "Pratiques (médiane)", "en": "Practices (median)"},
    "peers_own_ambition": {"fr": "Ambition 2050 ici", "en": "2050 ambition here"},
    "peers_median_ambition": {"fr": "Ambition 2050 (médiane)", "en": "2050 ambition (median)"},
    "group_others": {
        "fr": "Autres (groupes de moins de {min} organisations)",
        "en": "Others (groups of fewer than {min} organisations)",
    },
    "group_unknown": {"fr": "Non renseigné", "en": "Not given"},
    "group_unknown_departement": {
        "fr": "Département inconnu (code INSEE absent)",
        "en": "Unknown département (no INSEE code)",
    },
    "peers_all_no_insee": {
        "fr": "À côté des parts médianes des {count} organisations de ce lot (sans code INSEE, le "
        "département de cette organisation est inconnu). Une part plus haute ou plus basse n'est ni mieux "
        "ni moins bien : elle situe.",
        "en": "Beside the median shares of the {count} organisations in this batch (without an INSEE code, "
        "this organisation's département is unknown). A higher or lower share is neither better nor "
        "worse: it situates.",
    },
    "group_departement": {"fr": "Département {dep}", "en": "Département {dep}"},
    "pano_title": {"fr": "Panorama des figures du CCAS 2050", "en": "Panorama of the 2050 CCAS figures"},
    "pano_mirror": {
        "fr": "Un miroir collectif, pas un classement : les sept figures coexistent et aucune n'est "
        "meilleure. "
        "Aucun groupe de moins de {min} organisations n'est montré seul.",
        "en": "A collective mirror, not a ranking: the seven figures co-exist and none is better. No group "
        "of fewer than {min} organisations is shown on its own.",
    },
    "pano_counts": {
        "fr": "{orgs} organisation{orgs|s}, {respondents} répondant{respondents|s}.",
        "en": "{orgs} organisation{orgs|s}, {respondents} respondent{respondents|s}.",
    },
    "pano_failed": {
        "fr": "{count} entrée{count|s} {count|n'a|n'ont} pas pu être {count|analysée|analysées} et "
        "{count|n'est|ne sont} pas {count|comptée|comptées} (voir la sortie de la commande ou "
        "panorama.json).",
        "en": "{count} input{count|s} could not be scored and {count|is|are} not counted (see the command's "
        "output or panorama.json).",
    },
    "pano_too_small": {
        "fr": "Moins de {min} organisations : pas de panorama, pour qu'aucune ne puisse être reconnue.",
        "en": "Fewer than {min} organisations: no panorama, so that none can be singled out.",
    },
    "pano_overall": {"fr": "Ensemble des organisations", "en": "All organisations"},
    "pano_chart_alt": {
        "fr": "Part médiane de chaque figure dans les pratiques, avec le quart le plus bas et le plus haut",
        "en": "Median share of each figure in the practices, with the lowest and highest quarter",
    },
    "pano_chart_title": {"fr": "Panorama des pratiques", "en": "Panorama of practices"},
    "pano_chart_axis": {
        "fr": "Part dans le mix des pratiques (%) — médiane et quartiles",
        "en": "Share of the practice mix (%) — median and quartiles",
    },
    "pano_chart_iqr": {"fr": "Moitié centrale (Q1–Q3)", "en": "Middle half (Q1–Q3)"},
    "pano_chart_median": {"fr": "Médiane des pratiques", "en": "Median of practices"},
    "pano_chart_ambition": {"fr": "Médiane de l'ambition 2050", "en": "Median 2050 ambition"},
    "pano_reading": {
        "fr": "Pour chaque figure, sa part dans le mix des pratiques : Q1, médiane et Q3 (un quart des "
        "organisations en dessous de Q1, la moitié en dessous de la médiane, trois quarts en dessous de "
        "Q3) ; "
        "les médianes du regard d'aujourd'hui et de l'ambition 2050 ; le nombre d'organisations où elle "
        "se détache en premier (intensité d'au moins {min_intensity}, en avance d'au moins {min_lead} "
        "points sur la médiane des autres figures). Les organisations dont les pratiques relèvent surtout "
        "du socle légal, ou qui ont trop peu répondu, ne comptent pas dans les quartiles des parts : leur "
        "mix n'est qu'indicatif.",
        "en": "For each figure, its share of the practice mix: Q1, median and Q3 (a quarter of the "
        "organisations below Q1, half below the median, three quarters below Q3); the medians of today's "
        "view and of the 2050 ambition; how many organisations it stands out first in (intensity of at "
        "least {min_intensity}, ahead of the other figures' median by at least {min_lead} points). "
        "Organisations whose practices are mostly the statutory core, or that answered too little, are left "
        "out of the share quartiles: their mix is only indicative.",
    },
    "pano_q1": {"fr": "Q1", "en": "Q1"},
    "pano_median": {"fr": "Médiane", "en": "Median"},
    "pano_q3": {"fr": "Q3", "en": "Q3"},
    "pano_declared": {"fr": "Vu aujourd'hui (médiane)", "en": "Seen today (median)"},
    "pano_ambition": {"fr": "Ambition 2050 (médiane)", "en": "2050 ambition (median)"},
    "pano_dominant": {
        "fr": "Se détache en premier (organisations)",
        "en": "Stands out first (organisations)",
    },
    "pano_method_title": {"fr": "Méthode", "en": "Method"},
    "pano_no_practice": {
        "fr": "{count} organisation{count|s} sans réponse aux questions de pratiques "
        "(sans figure principale).",
        "en": "{count} organisation{count|s} without any practice answer (no leading figure).",
    },
    "pano_low_coverage": {
        "fr": "{count} organisation{count|s} {count|a|ont} répondu en moyenne à moins de {threshold} % des "
        "questions de pratiques : {count|sa part repose|leurs parts reposent} sur peu de réponses, à lire "
        "avec prudence ({count|elle est comptée|elles sont comptées}).",
        "en": "{count} organisation{count|s} answered on average fewer than {threshold}% of the practice "
        "questions: their shares rest on few answers, read them with care (they are counted).",
    },
    "pano_by_departement": {"fr": "Par département", "en": "By département"},
    "pano_by_densite": {"fr": "Par niveau de densité", "en": "By density level"},
    "pano_by_population": {"fr": "Par taille de commune", "en": "By population band"},
    "pano_medians": {"fr": "Part médiane dans les pratiques", "en": "Median share of practices"},
    "pano_dominants": {
        "fr": "Nombre d'organisations par figure qui se détache en premier",
        "en": "Organisations by the figure that stands out first",
    },
    "pano_col_group": {"fr": "Groupe", "en": "Group"},
    "pano_col_orgs": {"fr": "Organisations", "en": "Organisations"},
    "pano_group": {
        "fr": "{label} : {orgs} organisation{orgs|s}, {respondents} répondant{respondents|s}",
        "en": "{label}: {orgs} organisation{orgs|s}, {respondents} respondent{respondents|s}",
    },
    "pano_dimension_hidden": {
        "fr": "Rien n'est montré ici : aucun groupe n'atteint {min} organisations, ou bien le montrer "
        "permettrait, par différence avec l'ensemble, de reconnaître une organisation.",
        "en": "Nothing is shown here: no group reaches {min} organisations, or showing one would let an "
        "organisation be singled out by subtracting it from the whole.",
    },
    "pano_hidden": {
        "fr": "{count} organisation{count|s} {count|appartient|appartiennent} à des groupes trop petits "
        "(moins de {min}, même réunis) : {count|elle n'est comptée|elles ne sont comptées} que dans "
        "l'ensemble.",
        "en": "{count} organisation{count|s} {count|belongs|belong} to groups too small (fewer than {min}, "
        "even merged): {count|it is|they are} counted in the overall figures only.",
    },
    "pano_method": {
        "fr": "Chaque organisation compte une fois, quel que soit son nombre de répondants : son profil est "
        "la moyenne de ses répondants (regroupés par code INSEE, à défaut par nom). Les quartiles sont "
        "calculés par la méthode inclusive. Un groupe de moins de {min} organisations est fondu dans "
        "« Autres », lui-même masqué s'il reste trop petit.",
        "en": "Each organisation counts once, whatever its number of respondents: its profile is its "
        "respondents' mean (grouped by INSEE code, else by name). Quartiles use the inclusive method. A "
        "group of fewer than {min} organisations is merged into \"Others\", itself hidden if still too "
        "small.",
    },
    "csv_sheet": {"fr": "Résultats", "en": "Results"},
    "csv_organisation": {"fr": "organisation", "en": "organisation"},
    "csv_insee": {"fr": "code_insee", "en": "insee_code"},
    "csv_departement": {"fr": "departement", "en": "departement"},
    "csv_kind": {"fr": "type", "en": "kind"},
    "csv_population": {"fr": "population", "en": "population"},
    "csv_densite": {"fr": "densite", "en": "density"},
    "csv_qpv": {"fr": "qpv", "en": "qpv"},
    "csv_effectif": {"fr": "effectif", "en": "staff"},
    "csv_respondents": {"fr": "repondants", "en": "respondents"},
    "csv_coverage": {"fr": "couverture_pct", "en": "coverage_pct"},
    "csv_dominant": {"fr": "figure_principale", "en": "leading_figure"},
    "csv_agreement": {"fr": "accord_equipe_pct", "en": "team_agreement_pct"},
    "csv_practice": {"fr": "pratiques_{id}", "en": "practice_{id}"},
    "csv_declared": {"fr": "vu_aujourdhui_{id}", "en": "seen_today_{id}"},
    "csv_ambition": {"fr": "ambition_2050_{id}", "en": "ambition_2050_{id}"},
    "csv_spread": {"fr": "ecart_equipe_{id}", "en": "team_spread_{id}"},
    "csv_peer_median": {"fr": "mediane_pairs_{id}", "en": "peer_median_{id}"},
    "csv_report": {"fr": "rapport", "en": "report"},
}
