"""Messages: the report, the chart, comparisons and board documents (PDF, Word)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- report, chart and comparison (assess --format text|markdown|json, compare) ---------------
    "list_and": {"fr": "{head} et {last}", "en": "{head} and {last}"},
    "col_practice": {"fr": "Pratiques", "en": "Practices"},
    "col_gap_ambition": {"fr": "Ambition − pratiques", "en": "Ambition − practices"},
    "col_answer": {"fr": "Réponse", "en": "Answer"},
    "report_meta_questionnaire": {
        "fr": "Questionnaire {id}, version {version}",
        "en": "Questionnaire {id}, version {version}",
    },
    "report_meta_date": {"fr": "réponses du {date}", "en": "answers of {date}"},
    "report_meta_role": {"fr": "répondant : {role}", "en": "respondent: {role}"},
    "report_summary": {"fr": "En bref", "en": "In brief"},
    "figures_one": {"fr": "la figure {names}", "en": "{names}"},
    "figures_many": {"fr": "les figures {names}", "en": "{names}"},
    "report_headline_no_ambition": {
        "fr": "Vos pratiques dessinent surtout {practice} (ambition 2050 non renseignée).",
        "en": "Your practices mostly draw {practice} (2050 ambition not given).",
    },
    "report_lean_ambition": {
        "fr": "Votre ambition 2050 penche vers {figures}.",
        "en": "Your 2050 ambition leans toward {figures}.",
    },
    "report_gap_ambition_more": {
        "fr": "Votre ambition 2050 donne plus de place que vos pratiques à la figure {figure} : {stated} "
        "contre {practice} ({delta} points).",
        "en": "Your 2050 ambition gives more room than your practices to {figure}: {stated} "
        "against {practice} ({delta} points).",
    },
    "report_gap_ambition_less": {
        "fr": "Votre ambition 2050 donne moins de place que vos pratiques à la figure {figure} : {stated} "
        "contre {practice} ({delta} points).",
        "en": "Your 2050 ambition gives less room than your practices to {figure}: {stated} "
        "against {practice} ({delta} points).",
    },
    "report_gap_declared_more": {
        "fr": "L'équipe se reconnaît aujourd'hui davantage dans la figure {figure} que ses pratiques ne le "
        "dessinent : "
        "{stated} contre {practice} ({delta} points).",
        "en": "Today the team sees itself as more {figure} than its practices show: {stated} "
        "against {practice} ({delta} points).",
    },
    "report_gap_declared_less": {
        "fr": "L'équipe se reconnaît aujourd'hui moins dans la figure {figure} que ses pratiques ne le "
        "dessinent : "
        "{stated} contre {practice} ({delta} points).",
        "en": "Today the team sees itself as less {figure} than its practices show: {stated} "
        "against {practice} ({delta} points).",
    },
    "report_nothing_stated": {
        "fr": "Ni le regard d'aujourd'hui ni l'ambition 2050 n'ont été répartis : pas d'écart à montrer.",
        "en": "Neither today's view nor the 2050 ambition was spread: no gap to show.",
    },
    "report_no_gap": {
        "fr": "Aucun écart de {threshold} points ou plus entre les pratiques et les profils déclarés.",
        "en": "No gap of {threshold} points or more between the practices and the stated profiles.",
    },
    "report_low_coverage": {
        "fr": "couverture faible ({coverage} %) : moins de {threshold} % des questions de pratiques "
        "ont une réponse ; lisez ce mix avec prudence",
        "en": "low coverage ({coverage}%): fewer than {threshold}% of the practice questions are "
        "answered; read this mix with care",
    },
    "report_mix_title": {
        "fr": "Le mix des figures : pratiques, regard d'aujourd'hui, ambition 2050",
        "en": "The mix of figures: practices, today's view, 2050 ambition",
    },
    "report_mix_note": {
        "fr": "Parts du mix en % : chaque profil fait 100. Écarts avec les pratiques en points "
        "(+7 : 7 points de plus que dans les pratiques). L'intensité, en % des points possibles, dit "
        "à quel point les pratiques décrites vont dans le sens de la figure.",
        "en": "Shares of the mix in %: each profile adds up to 100. Gaps with the practices in "
        "points (+7: 7 points more than in the practices). The intensity, in % of the possible "
        "points, says how far the practices described go toward the figure.",
    },
    "report_intensity": {"fr": "intensité des pratiques : {value}", "en": "practice intensity: {value}"},
    "report_levers_title": {
        "fr": "Pour aller vers votre ambition : des ingrédients possibles",
        "en": "Toward your ambition: possible ingredients",
    },
    "report_levers_intro": {
        "fr": "Pour les figures auxquelles votre ambition 2050 donne au moins {threshold} points de "
        "plus que vos pratiques, des exemples d'ingrédients proposés par l'outil, dans l'esprit des "
        "quatre questions de la démarche de l'UNCCAS (espaces, présence, modes d'action, métiers). "
        "Ce n'est pas un catalogue : à piocher selon votre territoire, aucun n'est obligatoire, et "
        "d'autres restent à imaginer.",
        "en": "For the figures your 2050 ambition gives at least {threshold} points more than your "
        "practices, example ingredients suggested by this tool, in the spirit of the four questions "
        "of the UNCCAS work (spaces, presence, ways of acting, jobs). This is no catalogue: pick what "
        "fits your territory; none is required, and others are yours to imagine.",
    },
    "report_levers_none": {
        "fr": "Votre ambition 2050 ne donne à aucune figure {threshold} points ou plus au-delà de "
        "vos pratiques : `ccas-compass figures --details` liste tous les exemples d'ingrédients.",
        "en": "Your 2050 ambition gives no figure {threshold} points or more beyond your "
        "practices: `ccas-compass figures --details` lists every example ingredient.",
    },
    "report_levers_no_ambition": {
        "fr": "Ambition 2050 non renseignée : répartissez ses points (question ambition_2050) pour "
        "voir ici des ingrédients possibles.",
        "en": "2050 ambition not given: spread its points (question ambition_2050) to see possible "
        "ingredients here.",
    },
    "report_lever_head": {
        "fr": "{figure} — ambition {ambition}, pratiques {practice} ({delta} points)",
        "en": "{figure} — ambition {ambition}, practices {practice} ({delta} points)",
    },
    "report_why_title": {
        "fr": "Pourquoi ce mix : les réponses qui pèsent le plus",
        "en": "Why this mix: the answers that weigh most",
    },
    "report_why_none": {
        "fr": "Aucune réponse ne lui donne de points.",
        "en": "No answer gives it points.",
    },
    "report_points": {"fr": "points : {points}/{max}", "en": "points: {points}/{max}"},
    "report_notes_title": {"fr": "Notes de l'équipe", "en": "The team's notes"},
    "report_method_title": {"fr": "Couverture et méthode", "en": "Coverage and method"},
    "report_method": {
        "fr": "Intensité d'une figure = points obtenus ÷ points atteignables, sur les seules "
        "questions répondues qui l'éclairent ; part = son intensité rapportée à la somme des "
        "intensités. Une question sans réponse réduit la couverture, jamais le score. Profils "
        "« vu aujourd'hui » et « ambition 2050 » : les 10 points répartis par l'équipe. "
        "Un miroir, pas une note : aucune figure n'est meilleure qu'une autre.",
        "en": "A figure's intensity = points obtained ÷ points attainable, over the answered "
        "questions that inform it; its share = its intensity over the sum of intensities. An "
        "unanswered question lowers the coverage, never the score. The \"seen today\" and "
        "\"2050 ambition\" profiles: the 10 points the team spread. A mirror, not a grade: no "
        "figure is better than another.",
    },
    "report_chart_title": {"fr": "Le mix des figures", "en": "The mix of figures"},
    "report_chart_axis": {"fr": "Part du mix (%)", "en": "Share of the mix (%)"},
    "report_chart_alt": {
        "fr": "Graphique : part de chaque figure dans les pratiques, le regard d'aujourd'hui et "
        "l'ambition 2050",
        "en": "Chart: each figure's share in the practices, today's view and the 2050 ambition",
    },
    "report_chart_svg": {"fr": "graphique en SVG", "en": "chart as SVG"},
    "report_footer": {
        "fr": "Rapport produit par ccas-compass {version}. Les figures sont celles de la démarche "
        "« Le CCAS en 2050 » de l'UNCCAS ; ce rapport n'est pas une publication de l'UNCCAS.",
        "en": "Report made by ccas-compass {version}. The figures are those of UNCCAS's "
        "\"CCAS in 2050\" work; this report is not an UNCCAS publication.",
    },
    "compare_title": {"fr": "Comparaison de deux évaluations", "en": "Comparison of two assessments"},
    "compare_side": {
        "fr": "{letter} : {name} — {date}questionnaire {version}, couverture {coverage}",
        "en": "{letter}: {name} — {date}questionnaire {version}, coverage {coverage}",
    },
    "compare_note": {
        "fr": "Pour chaque figure : sa part du mix et l'intensité des pratiques en A puis en B, et "
        "l'évolution de A à B (en points). Une évolution décrit un changement, pas un progrès.",
        "en": "For each figure: its share of the mix and its practice intensity in A then in B, "
        "and the change from A to B (in points). A change describes a shift, not progress.",
    },
    "compare_moves": {
        "fr": "Plus fortes évolutions de la part du mix : {items}.",
        "en": "Largest changes in share of the mix: {items}.",
    },
    "compare_move": {
        "fr": "{figure} : {a} → {b} ({delta} points)",
        "en": "{figure}: {a} → {b} ({delta} points)",
    },
    "compare_no_move": {
        "fr": "Aucune part du mix ni aucune intensité n'évolue de {threshold} points ou plus entre A et B.",
        "en": "No share of the mix and no intensity changes by {threshold} points or more between A "
        "and B.",
    },
    "compare_questionnaire_differs": {
        "fr": "A et B n'ont pas été calculés avec la même version du questionnaire (A : {a}, "
        "B : {b}) : les questionnaires diffèrent, seules les parts et les intensités par figure sont "
        "comparées ; comparez avec prudence",
        "en": "A and B were not scored with the same questionnaire version (A: {a}, B: {b}): the "
        "questionnaires differ, only the shares and intensities per figure are compared; compare with care",
    },
    "compare_questionnaire_text_differs": {
        "fr": "A et B portent la même version {version} du questionnaire mais pas les mêmes textes "
        "(empreinte sha256 différente) : comparez avec prudence",
        "en": "A and B carry the same questionnaire version {version} but not the same texts "
        "(different sha256 fingerprint): compare with care",
    },
    "compare_bad_result": {
        "fr": "ce fichier de résultat JSON n'a pas la forme attendue ({detail}) ; régénérez-le "
        "avec ccas-compass assess --format json",
        "en": "this JSON result file does not have the expected shape ({detail}); write it again "
        "with ccas-compass assess --format json",
    },
    "col_share_a": {"fr": "Part A", "en": "Share A"},
    "col_share_b": {"fr": "Part B", "en": "Share B"},
    "col_share_change": {"fr": "Évol. part", "en": "Share Δ"},
    "col_intensity_a": {"fr": "Int. A", "en": "Int. A"},
    "col_intensity_b": {"fr": "Int. B", "en": "Int. B"},
    "col_intensity_change": {"fr": "Évol. int.", "en": "Int. Δ"},
    "help_report_format": {
        "fr": "Format : text (écran), markdown (pour le conseil d'administration ; avec --output, "
        "un graphique SVG et PNG est écrit à côté ; sans --output, le Markdown va à l'écran sans "
        "graphique), json (le résultat complet), pdf (à joindre à l'ordre du jour) ou docx (Word, à "
        "compléter), tous deux avec -o FICHIER.",
        "en": "Format: text (screen), markdown (for the board; with --output, an SVG and PNG chart "
        "is written beside it; without --output, the Markdown goes to the screen without a "
        "chart), json (the full result), pdf (to attach to the agenda) or docx (Word, to edit), "
        "both with -o FILE.",
    },
    "help_batch_no_chart": {
        "fr": "Ne pas dessiner de graphique (environ 0,05 s de calcul de moins par organisation).",
        "en": "Do not draw charts (about 0.05 s less CPU per organisation).",
    },
    "help_no_chart": {
        "fr": "Avec --format markdown --output : ne pas écrire le graphique.",
        "en": "With --format markdown --output: do not write the chart.",
    },
    "help_compare": {
        "fr": "Comparer deux évaluations (2026 et 2028, ou deux CCAS) : évolution de la part et de "
        "l'intensité de chaque figure. A et B : fichiers de réponses ou résultats écrits par "
        "assess --format json.",
        "en": "Compare two assessments (2026 and 2028, or two CCAS): change in each figure's share "
        "and intensity. A and B: answers files or results written by assess --format json.",
    },
    "help_compare_a": {"fr": "Première évaluation (A).", "en": "First assessment (A)."},
    "help_compare_b": {"fr": "Seconde évaluation (B).", "en": "Second assessment (B)."},
    # --- issue 13: board documents (PDF, Word) and what every report adds ---
    "profile_title": {"fr": "Profil", "en": "Profile"},
    "profile_kind": {"fr": "Structure", "en": "Organisation"},
    "profile_insee": {"fr": "Commune (code INSEE)", "en": "Municipality (INSEE code)"},
    "profile_departement": {"fr": "Département", "en": "Département"},
    "profile_population": {"fr": "Population", "en": "Population"},
    "profile_densite": {"fr": "Densité", "en": "Density"},
    "profile_qpv": {"fr": "Quartier prioritaire (QPV)", "en": "Priority neighbourhood (QPV)"},
    "profile_effectif": {"fr": "Effectif (ETP)", "en": "Staff (FTE)"},
    "profile_locaux": {"fr": "Accueil du public", "en": "Where the public is received"},
    "profile_runs": {"fr": "Établissements et services gérés", "en": "Establishments and services run"},
    "profile_runs_none": {"fr": "aucun", "en": "none"},
    "profile_runs_gere_residence": {"fr": "résidence autonomie", "en": "résidence autonomie"},
    "profile_runs_gere_ehpad": {"fr": "EHPAD", "en": "EHPAD (care home)"},
    "profile_runs_gere_domicile": {"fr": "service à domicile", "en": "home-care service"},
    "report_why_points": {
        "fr": "Points : ce que la réponse donnée apporte à la figure, sur le plus qu'une "
        "réponse à cette question pouvait lui apporter (1/9 : 1 point sur 9 possibles). Ces points "
        "font l'intensité de la figure ; ils ne notent pas la réponse.",
        "en": "Points: what the answer given brings to the figure, out of the most an answer "
        "to this question could bring it (1/9: 1 point out of 9 possible). These points make up the "
        "figure's intensity; they do not grade the answer.",
    },
    "report_unknown_title": {
        "fr": "Questions laissées « ne sait pas » ({count})",
        "en": "Questions left 'don't know' ({count})",
    },
    "report_appendix_title": {
        "fr": "Annexe : avertissements techniques",
        "en": "Appendix: technical warnings",
    },
    "report_appendix_intro": {
        "fr": "Avertissements techniques : voir l'annexe en fin de rapport.",
        "en": "Technical warnings: see the appendix at the end of the report.",
    },
    "report_printed": {"fr": "Édité le {date}", "en": "Printed on {date}"},
    "report_page": {"fr": "page", "en": "page"},
    "compare_stated_title": {
        "fr": "Regard d'aujourd'hui et ambition 2050",
        "en": "Seen today and 2050 ambition",
    },
    "compare_stated_none": {
        "fr": "Ni le regard d'aujourd'hui ni l'ambition 2050 ne sont renseignés des deux côtés.",
        "en": "Neither the view of today nor the 2050 ambition is given on both sides.",
    },
    "col_declared_a": {"fr": "Vu aujourd'hui A", "en": "Seen today A"},
    "col_declared_b": {"fr": "Vu aujourd'hui B", "en": "Seen today B"},
    "col_declared_change": {"fr": "Évolution", "en": "Change"},
    "col_ambition_a": {"fr": "Ambition A", "en": "Ambition A"},
    "col_ambition_b": {"fr": "Ambition B", "en": "Ambition B"},
    "col_ambition_change": {"fr": "Évolution", "en": "Change"},
    "compare_profile_title": {"fr": "Profil déclaré", "en": "Declared profile"},
    "compare_profile_same": {
        "fr": "Le profil de l'organisation est le même en A et en B.",
        "en": "The organisation's profile is the same in A and B.",
    },
    "compare_profile_change": {
        "fr": "{label} : {a} → {b}",
        "en": "{label}: {a} → {b}",
    },
    "compare_answers_title": {"fr": "Réponses qui ont changé", "en": "Answers that changed"},
    "compare_answers_none": {
        "fr": "Aucune réponse aux questions de pratiques n'a changé.",
        "en": "No answer to the practice questions changed.",
    },
    "compare_answers_unavailable": {
        "fr": "Les réponses ne sont pas connues des deux côtés (un résultat JSON d'une version "
        "antérieure ne les garde pas) : impossible de dire lesquelles ont changé.",
        "en": "The answers are not known on both sides (a JSON result from an earlier version does "
        "not keep them): which ones changed cannot be told.",
    },
    "compare_answer_change": {
        "fr": "{question} — A : {a} → B : {b}",
        "en": "{question} — A: {a} → B: {b}",
    },
    "answer_unknown": {"fr": "ne sait pas", "en": "don't know"},
    "binary_needs_output": {
        "fr": "le format {format} est un fichier binaire : indiquez où l'écrire avec -o FICHIER",
        "en": "the {format} format is a binary file: say where to write it with -o FILE",
    },
    "binary_to_terminal": {
        "fr": "le format {format} est un fichier binaire et ne s'affiche pas dans un terminal : "
        "indiquez -o FICHIER (ou redirigez la sortie vers un fichier)",
        "en": "the {format} format is a binary file and cannot be shown in a terminal: give "
        "-o FILE (or redirect the output to a file)",
    },
    "template_missing": {
        "fr": "modèle de mise en page introuvable",
        "en": "layout template not found",
    },
    "pdf_failed": {
        "fr": "le PDF n'a pas pu être composé ({detail})",
        "en": "the PDF could not be typeset ({detail})",
    },
    "help_template_pdf": {
        "fr": "Modèle Typst (.typ) pour le PDF : couleurs, logo… (par défaut celui de l'outil).",
        "en": "Typst template (.typ) for the PDF: colours, logo… (default: the tool's own).",
    },
    "help_batch_pdf": {
        "fr": "Écrire aussi un PDF par organisation et pour le panorama.",
        "en": "Also write a PDF per organisation and for the panorama.",
    },
    "batch_board_needs_out": {
        "fr": "--pdf et --docx écrivent des fichiers : indiquez le dossier de résultats avec --out DOSSIER",
        "en": "--pdf and --docx write files: give the results folder with --out DIR",
    },
    "help_batch_docx": {
        "fr": "Écrire aussi un fichier Word (.docx) par organisation et pour le panorama.",
        "en": "Also write a Word file (.docx) per organisation and for the panorama.",
    },
    # --- issue 13: board documents (full questions and options; the profile card) ---
    "team_question_agreement": {"fr": "accord {agreement} %", "en": "agreement {agreement}%"},
    "team_col_respondents": {"fr": "Répondants", "en": "Respondents"},
    "team_no_answer": {"fr": "Sans réponse", "en": "No answer"},
    "profile_territory": {"fr": "Territoire", "en": "Territory"},
    "chart_practice_no_points": {
        "fr": "aucune pratique ne donne de points",
        "en": "no practice gives points",
    },
}
