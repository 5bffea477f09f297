"""Messages: the interface's words, the commands and their --help texts."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- commands ------------------------------------------------------------------------------
    "output_exists": {
        "fr": "le fichier existe déjà ; ajoutez --force pour le remplacer",
        "en": "the file already exists; add --force to replace it",
    },
    "output_failed": {"fr": "écriture impossible ({reason})", "en": "cannot write ({reason})"},
    "data_dir_missing": {"fr": "dossier de données introuvable", "en": "data folder not found"},
    "interrupted": {"fr": "interrompu", "en": "interrupted"},
    # --- metavars of --help: what an option or an argument takes --------------------------------
    "metavar_file": {"fr": "FICHIER", "en": "FILE"},
    "metavar_files": {"fr": "FICHIERS…", "en": "FILES..."},
    "metavar_file_or_stdin": {"fr": "FICHIER|-", "en": "FILE|-"},
    "metavar_typst": {"fr": "FICHIER.typ", "en": "FILE.typ"},
    "metavar_dir": {"fr": "DOSSIER", "en": "DIR"},
    "metavar_inputs": {"fr": "ENTRÉE…", "en": "INPUT..."},
    "metavar_list": {"fr": "LISTE", "en": "LIST"},
    "metavar_text": {"fr": "TEXTE", "en": "TEXT"},
    "metavar_code_or_name": {"fr": "CODE|NOM", "en": "CODE|NAME"},
    # --- interface words ---------------------------------------------------------------------------
    "type_single": {"fr": "une option", "en": "one option"},
    "type_multiple": {
        "fr": "liste d'options, ou [aucune]",
        "en": "list of options, or [aucune] for none",
    },
    "type_allocation": {
        "fr": "répartissez {points} points entre les options",
        "en": "spread {points} points across the options",
    },
    "type_text": {"fr": "texte libre, non noté", "en": "free text, not scored"},
    "template_header": {
        "fr": "Fichier de réponses ccas-compass — {title} (version {version})\n"
        "Remplacez chaque null par votre réponse ; laissez null pour « ne sait pas / non concerné »\n"
        "(cela réduit la couverture, jamais le score). Puis : ccas-compass assess --answers CE_FICHIER\n"
        "Une option : identifiant seul (ex. guichet_bureau). Plusieurs : liste [a, b]. "
        "Répartition : {{option: points}}.",
        "en": "ccas-compass answers file — {title} (version {version})\n"
        "Replace each null with your answer; leave null for \"don't know / not applicable\"\n"
        "(it lowers the coverage, never the score). Then: ccas-compass assess --answers THIS_FILE\n"
        "One option: its id alone (e.g. guichet_bureau). Several: a list [a, b]. "
        "Allocation: {{option: points}}.",
    },
    "template_allocation": {
        "fr": "exemple : {{{example}}} (le total doit être atteint)",
        "en": "example: {{{example}}} (the total must be reached)",
    },
    "template_role": {
        "fr": "Qui répond ? (élu, direction, cadre, agent, équipe… ; facultatif)",
        "en": "Who answers? (elected official, director, manager, staff, team…; optional)",
    },
    "template_date": {
        "fr": "Date des réponses, AAAA-MM-JJ (facultatif)",
        "en": "Date of the answers, YYYY-MM-DD (optional)",
    },
    "col_id": {"fr": "id", "en": "id"},
    "col_figure": {"fr": "Figure", "en": "Figure"},
    "col_summary": {"fr": "En une phrase", "en": "In one sentence"},
    "col_declared": {"fr": "Vu aujourd'hui", "en": "Seen today"},
    "col_ambition": {"fr": "Ambition 2050", "en": "2050 ambition"},
    "axis_espaces": {"fr": "Espaces", "en": "Spaces"},
    "axis_presence": {"fr": "Présence sur le territoire", "en": "Presence on the territory"},
    "axis_modes_action": {"fr": "Modes d'action", "en": "Ways of acting"},
    "axis_competences": {
        "fr": "Compétences, fonctions, nouveaux métiers",
        "en": "Skills, functions, new jobs",
    },
    "result_title": {"fr": "{name} — le mix des figures", "en": "{name} — the mix of figures"},
    "result_coverage": {
        "fr": "Couverture : {answered}/{total} questions de pratiques renseignées ({coverage:.0f} %).",
        "en": "Coverage: {answered}/{total} practice questions answered ({coverage:.0f}%).",
    },
    "result_mirror": {
        "fr": "Un miroir, pas une note : les sept figures coexistent et aucune n'est meilleure.",
        "en": "A mirror, not a grade: the seven figures co-exist and none is better.",
    },
    "result_nothing": {
        "fr": "Aucune réponse de pratiques : pas de mix à montrer.",
        "en": "No practice answers: no mix to show.",
    },
    "not_stated": {"fr": "non renseigné", "en": "not given"},
    "warning": {"fr": "Attention", "en": "Warning"},
    "warning_line": {"fr": "Attention : {text}", "en": "Warning: {text}"},
    "validate_ok": {
        "fr": "Modèle valide : {figures} figures, {questions} questions notées ({practice} de "
        "pratiques, {allocations} de répartition), {profile} questions de profil.",
        "en": "Valid model: {figures} figures, {questions} scored questions ({practice} practice, "
        "{allocations} allocation), {profile} profile questions.",
    },
    "validate_balance": {
        "fr": "Équilibre : score maximal atteignable par figure, et son écart à la moyenne ({mean}).",
        "en": "Balance: maximum attainable score per figure, and its gap to the mean ({mean}).",
    },
    "col_max": {"fr": "Max. atteignable", "en": "Max. attainable"},
    "col_gap": {"fr": "Écart", "en": "Gap"},
    "col_informing": {"fr": "Questions", "en": "Questions"},
    "answers_ok": {"fr": "Réponses valides : {path}", "en": "Valid answers: {path}"},
    "written": {"fr": "Écrit : {path}", "en": "Written: {path}"},
    # --- command-line help -------------------------------------------------------------------------
    "help_app": {
        "fr": "Un miroir pour les CCAS/CIAS : à quelles figures du « CCAS en 2050 » (UNCCAS) vos "
        "pratiques ressemblent-elles, et quel mix visez-vous ? Un miroir, pas une note.",
        "en": "A mirror for CCAS/CIAS: which figures of UNCCAS's \"CCAS in 2050\" do your practices "
        "resemble, and which mix do you aim for? A mirror, not a grade.",
    },
    "help_lang": {
        "fr": "Langue de l'interface (français par défaut ; sinon d'après LANG).",
        "en": "Interface language (French by default; otherwise from LANG).",
    },
    "help_data": {
        "fr": "Dossier contenant figures.yaml et questions.yaml (par défaut : le modèle fourni).",
        "en": "Folder holding figures.yaml and questions.yaml (default: the shipped model).",
    },
    "help_format": {"fr": "Format de sortie.", "en": "Output format."},
    "help_output": {
        "fr": "Écrire dans ce fichier plutôt qu'à l'écran.",
        "en": "Write to this file instead of the screen.",
    },
    "help_force": {
        "fr": "Remplacer le fichier de sortie s'il existe.",
        "en": "Replace the output file if it exists.",
    },
    "help_figures": {
        "fr": "Les sept figures du CCAS en 2050 et leurs ingrédients.",
        "en": "The seven figures of the CCAS in 2050 and their ingredients.",
    },
    "help_details": {
        "fr": "Montrer la description et les ingrédients de chaque figure.",
        "en": "Show each figure's description and ingredients.",
    },
    "help_questions": {
        "fr": "Le questionnaire : thèmes, questions, options et leurs poids.",
        "en": "The questionnaire: themes, questions, options and their weights.",
    },
    "help_template": {
        "fr": "Un fichier de réponses commenté, à remplir à la main.",
        "en": "A commented answers file to fill in by hand.",
    },
    "help_validate": {
        "fr": "Vérifier le modèle (et, si donnés, des fichiers de réponses).",
        "en": "Check the model (and, if given, answers files).",
    },
    "help_validate_answers": {
        "fr": "Fichiers de réponses à vérifier.",
        "en": "Answers files to check.",
    },
    "help_schema": {
        "fr": "Afficher un schéma JSON (pour les éditeurs et les scripts).",
        "en": "Print a JSON Schema (for editors and scripts).",
    },
    "help_schema_kind": {"fr": "Quel schéma.", "en": "Which schema."},
    "help_assess": {
        "fr": "Répondre au questionnaire dans le terminal (ou lire un fichier avec --answers), "
        "puis voir le mix des figures.",
        "en": "Answer the questionnaire in the terminal (or read a file with --answers), "
        "then see the mix of figures.",
    },
    "help_answers": {
        "fr": "Fichier de réponses YAML ou JSON (« - » : entrée standard).",
        "en": "YAML or JSON answers file ('-': standard input).",
    },
    "help_resume": {
        "fr": "Reprendre un entretien interrompu (le brouillon le plus récent, ou celui de --draft).",
        "en": "Resume an interrupted interview (the most recent draft, or the --draft one).",
    },
    "help_draft": {
        "fr": "Fichier brouillon de l'entretien (par défaut : dossier de données de l'utilisateur).",
        "en": "Draft file of the interview (default: the user data folder).",
    },
    "help_save": {
        "fr": "Où enregistrer les réponses à la fin de l'entretien (défaut : dossier courant).",
        "en": "Where to save the answers at the end of the interview (default: current folder).",
    },
    "help_organisation": {
        "fr": "Nom du CCAS/CIAS, pour ne pas le saisir.",
        "en": "Name of the CCAS/CIAS, to skip typing it.",
    },
    "help_insee": {
        "fr": "Code INSEE de la commune siège, pour ne pas le saisir.",
        "en": "INSEE code of the main commune, to skip typing it.",
    },
    "nothing_saved": {
        "fr": "Arrêt avant la première réponse : rien n'a été enregistré.",
        "en": "Stopped before the first answer: nothing was saved.",
    },
    "answers_file_header": {
        "fr": "# Réponses ccas-compass, enregistrées à la fin de l'entretien.\n"
        "# Pour revoir le résultat : ccas-compass assess --answers {path}",
        "en": "# ccas-compass answers, saved at the end of the interview.\n"
        "# To see the result again: ccas-compass assess --answers {path}",
    },
    "help_template_csv": {
        "fr": "Écrit plutôt l'en-tête du tableau de réponses CSV (une ligne par répondant) pour batch.",
        "en": "Write instead the header of the CSV answers table (one row per respondent) for batch.",
    },
    "help_batch": {
        "fr": "Analyse d'un coup les réponses de nombreux CCAS/CIAS (UDCCAS) : un rapport par organisation "
        "et un panorama départemental.",
        "en": "Score the answers of many CCAS/CIAS at once (UDCCAS): a report per organisation and a "
        "departmental panorama.",
    },
    "help_batch_inputs": {
        "fr": "Fichiers de réponses (.yaml, .json), dossiers qui en contiennent, tableaux (.csv, .xlsx).",
        "en": "Answers files (.yaml, .json), folders holding them, tables (.csv, .xlsx).",
    },
    "help_batch_out": {
        "fr": "Dossier où écrire les rapports, panorama.md, panorama.json, resultats.csv et resultats.xlsx "
              "(avec --departement ou --expected : relance.csv et relance.xlsx).",
        "en": "Folder to write the reports, panorama.md, panorama.json, resultats.csv and resultats.xlsx "
              "into (with --departement or --expected: relance.csv and relance.xlsx).",
    },
    "help_batch_format": {
        "fr": "Sortie standard : résumé (text) ou résultat complet pour les scripts (json).",
        "en": "Standard output: a summary (text) or the whole result for scripts (json).",
    },
    "help_version": {"fr": "Affiche la version de l'outil.", "en": "Show the tool's version."},
    "help_batch_jobs": {
        "fr": "Processus qui lisent les fichiers de réponses en parallèle (par défaut : un par cœur, au plus "
        "4 ; 1 pour n'en utiliser qu'un).",
        "en": "Processes reading the answers files in parallel (default: one per core, at most 4; 1 to use "
        "only one).",
    },
    "help_batch_force": {
        "fr": "Remplace les résultats d'un précédent batch dans le dossier --out.",
        "en": "Replace the results of a previous batch in the --out folder.",
    },
    # --- issue 10: content (the ingredients are the tool's own examples) ---
    "figures_ingredients_note": {
        "fr": "Les ingrédients sont des exemples proposés par l'outil, rangés selon les quatre questions "
        "que la démarche de l'UNCCAS pose à chaque figure (espaces, présence, modes d'action, métiers). "
        "Ce n'est pas un catalogue : chaque CCAS/CIAS pioche ce qui a du sens chez lui, et de nouvelles "
        "orientations peuvent être imaginées.",
        "en": "The ingredients are examples suggested by this tool, sorted along the four questions the "
        "UNCCAS work asks of each figure (spaces, presence, ways of acting, jobs). This is no catalogue: "
        "each CCAS/CIAS picks what makes sense locally, and new orientations may be imagined.",
    },
}
