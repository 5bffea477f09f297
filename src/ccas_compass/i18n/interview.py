"""Messages: the interactive interview."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- interview -------------------------------------------------------------------------------
    "insee_ok": {"fr": "Département : {departement}", "en": "Département: {departement}"},
    "not_a_draft": {
        "fr": "ce fichier n'est pas un brouillon de ccas-compass",
        "en": "this file is not a ccas-compass draft",
    },
    "not_a_terminal": {
        "fr": "l'entretien interactif demande un terminal. Sans terminal, remplissez un fichier : "
        "ccas-compass template -o reponses.yaml, puis ccas-compass assess --answers reponses.yaml",
        "en": "the interactive interview needs a terminal. Without one, fill in a file: "
        "ccas-compass template -o answers.yaml, then ccas-compass assess --answers answers.yaml",
    },
    "no_draft": {
        "fr": "aucun brouillon à reprendre (dossier {folder})",
        "en": "no draft to resume (folder {folder})",
    },
    "welcome": {
        "fr": "ccas-compass — {title}\n\n"
        "Ce questionnaire décrit vos pratiques (ce qui se fait, où, par qui), puis la façon dont "
        "votre équipe voit votre CCAS/CIAS aujourd'hui et en 2050. Il les met en regard des sept "
        "figures imaginées par l'UNCCAS pour le CCAS de 2050.\n"
        "C'est un miroir, pas une note : les figures coexistent et aucune n'est meilleure.\n"
        "Comptez 20 à 40 minutes pour {count} questions. Vos réponses restent sur cet ordinateur ; "
        "elles sont enregistrées après chaque réponse : vous pouvez arrêter et reprendre plus tard.\n\n"
        "À chaque question : « Ne sait pas / non concerné » est toujours possible (cela réduit la "
        "couverture, jamais le score) ; vous pouvez revenir à la question précédente ou arrêter.",
        "en": "ccas-compass — {title}\n\n"
        "This questionnaire describes your practices (what is done, where, by whom), then how your "
        "team sees your CCAS/CIAS today and in 2050. It sets them against the seven figures UNCCAS "
        "imagined for the CCAS of 2050.\n"
        "It is a mirror, not a grade: the figures co-exist and none is better.\n"
        "Allow 20 to 40 minutes for {count} questions. Your answers stay on this computer; they are "
        "saved after each answer: you can stop and resume later.\n\n"
        "At each question, \"Don't know / not applicable\" is always possible (it lowers the "
        "coverage, never the score); you can go back to the previous question or stop.",
    },
    "resuming": {
        "fr": "Reprise du brouillon ({asked} question{asked|s} déjà {asked|répondue|répondues}) :\n{path}",
        "en": "Resuming the draft ({asked} question{asked|s} already answered):\n{path}",
    },
    "step_header": {"fr": "Question {number}/{total} · {theme}", "en": "Question {number}/{total} · {theme}"},
    "profile_theme": {"fr": "Votre organisation", "en": "Your organisation"},
    "text_keys": {
        "fr": "Entrée : valider{keep} · < : question précédente · - : ne sait pas · ? : aide · "
        "q : enregistrer et arrêter",
        "en": "Enter: confirm{keep} · <: previous question · -: don't know · ?: help · "
        "q: save and stop",
    },
    "keep_current": {"fr": " (vide : garder « {current} »)", "en": " (empty: keep \"{current}\")"},
    "choice_dont_know": {"fr": "Ne sait pas / non concerné", "en": "Don't know / not applicable"},
    "choice_help": {"fr": "Voir l'aide de la question", "en": "Show the question's help"},
    "choice_back": {"fr": "← Question précédente", "en": "← Previous question"},
    "choice_stop": {"fr": "Enregistrer et arrêter", "en": "Save and stop"},
    "tick_something": {
        "fr": "cochez au moins une case (ou « {none} »)",
        "en": "tick at least one box (or \"{none}\")",
    },
    "allocation_intro": {
        "fr": "Répartissez {points} points entre ces énoncés (0 pour ceux qui ne vous ressemblent pas).",
        "en": "Spread {points} points across these statements (0 for those unlike you).",
    },
    "no_help": {"fr": "Pas d'aide pour cette question.", "en": "No help for this question."},
    "stopped": {
        "fr": "Réponses enregistrées dans le brouillon :\n{path}\n"
        "Pour reprendre : ccas-compass assess --resume{draft_option}",
        "en": "Answers saved in the draft:\n{path}\n"
        "To continue: ccas-compass assess --resume{draft_option}",
    },
    "saved_answers": {
        "fr": "Réponses enregistrées : {path}",
        "en": "Answers saved: {path}",
    },
    "pick_draft": {"fr": "Quel brouillon reprendre ?", "en": "Which draft do you want to resume?"},
    "draft_line": {
        "fr": "{name} {insee} — {asked} réponse{asked|s} — {updated}",
        "en": "{name} {insee} — {asked} answer{asked|s} — {updated}",
    },
    # --- issue 15: the interview as a team lives it, French everywhere ---
    "role_question": {"fr": "Qui répond à ce questionnaire ?", "en": "Who is answering this questionnaire?"},
    "role_help": {
        "fr": "Votre fonction au CCAS/CIAS, ou « équipe » si vous répondez à plusieurs. Elle figure dans "
        "le fichier de réponses (respondent.role) et permet à une UDCCAS de croiser les regards.",
        "en": "Your role at the CCAS/CIAS, or \"team\" if several of you answer together. It is written to "
        "the answers file (respondent.role) so that a UDCCAS can compare viewpoints.",
    },
    "role_elu": {"fr": "élu·e", "en": "elected member"},
    "role_direction": {"fr": "direction", "en": "director"},
    "role_cadre": {"fr": "cadre", "en": "manager"},
    "role_agent": {"fr": "agent", "en": "staff member"},
    "role_administrateur": {"fr": "administrateur·rice", "en": "board member"},
    "role_equipe": {"fr": "équipe (réponse collective)", "en": "team (collective answer)"},
    "role_other": {"fr": "Autre fonction (à préciser)…", "en": "Another role (type it)…"},
    "role_other_prompt": {"fr": "Votre fonction :", "en": "Your role:"},
    "role_other_keys": {
        "fr": "Entrée : valider{keep} · < : question précédente · - : ne pas préciser",
        "en": "Enter: confirm{keep} · <: previous question · -: rather not say",
    },
    "single_keys": {
        "fr": "↑↓ : choisir · Entrée : valider · ? : aide",
        "en": "↑↓: move · Enter: confirm · ?: help",
    },
    "multiple_keys": {
        "fr": "↑↓ : se déplacer · Espace : cocher ou décocher · Entrée : valider · ? : aide",
        "en": "↑↓: move · Space: tick or untick · Enter: confirm · ?: help",
    },
    "allocation_keys": {
        "fr": "↑↓ : énoncé · chiffre, ← → ou - + : points · Entrée : valider · ? : aide",
        "en": "↑↓: statement · digit, ← → or - +: points · Enter: confirm · ?: help",
    },
    "allocation_total_line": {
        "fr": "Total : {total} / {points} · {left|reste|restent} {left} point{left|s}",
        "en": "Total: {total} / {points} · {left} point{left|s} left",
    },
    "allocation_too_many": {
        "fr": "Refusé : il ne reste que {left} point{left|s} à donner (retirez-en ailleurs d'abord).",
        "en": "Refused: only {left} point{left|s} left to give (take some away elsewhere first).",
    },
    "allocation_none_left": {
        "fr": "Refusé : tous les points sont déjà donnés (retirez-en ailleurs d'abord).",
        "en": "Refused: every point is already given (take some away elsewhere first).",
    },
    "allocation_incomplete": {
        "fr": "Il reste {left} point{left|s} à répartir avant de valider.",
        "en": "{left} point{left|s} still to spread before confirming.",
    },
    "allocation_echo": {
        "fr": "{points} point{points|s} · {label}",
        "en": "{points} point{points|s} · {label}",
    },
    "drafts_in_progress": {
        "fr": "{count} entretien{count|s} en cours sur cet ordinateur. Que voulez-vous faire ?",
        "en": "{count} interview{count|s} in progress on this computer. What do you want to do?",
    },
    "resume_this": {"fr": "Reprendre : {draft}", "en": "Resume: {draft}"},
    "start_new": {"fr": "Commencer un nouvel entretien", "en": "Start a new interview"},
    "end_title": {"fr": "C'est terminé, merci !", "en": "All done, thank you!"},
    "end_reports": {
        "fr": "Pour le rapport à partager (remplacez -o par le nom voulu) :",
        "en": "For the report to share (choose the name after -o):",
    },
    "end_report_line": {"fr": "{what} :", "en": "{what}:"},
    "end_markdown": {"fr": "Markdown", "en": "Markdown"},
    "end_pdf": {"fr": "PDF", "en": "PDF"},
    "end_docx": {"fr": "Word", "en": "Word"},
    "end_answers": {
        "fr": "Vos réponses sont dans le fichier :\n{path}",
        "en": "Your answers are in the file:\n{path}",
    },
    "end_show_report": {"fr": "Afficher le rapport complet ?", "en": "Show the full report?"},
    "end_show_yes": {"fr": "Oui, l'afficher (q pour en sortir)", "en": "Yes, show it (q to leave)"},
    "end_show_no": {"fr": "Non, c'est tout", "en": "No, that's all"},
    "end_keys": {"fr": "↑↓ : choisir · Entrée : valider", "en": "↑↓: move · Enter: confirm"},
    "note": {"fr": "{text}", "en": "{text}"},
    "yaml_unclosed_quote": {
        "fr": "YAML invalide : le guillemet ouvert ligne {line} n'est jamais refermé",
        "en": "invalid YAML: the quote opened on line {line} is never closed",
    },
    "yaml_tab": {
        "fr": "YAML invalide : une tabulation sert d'indentation ; n'indentez qu'avec des espaces",
        "en": "invalid YAML: a tab is used for indentation; indent with spaces only",
    },
    "yaml_colon": {
        "fr": "YAML invalide : « : » inattendu ; un texte qui contient « : » doit être entre guillemets",
        "en": "invalid YAML: unexpected ':'; a text containing ': ' must be quoted",
    },
    "yaml_missing_colon": {
        "fr": "YAML invalide : « : » manquant après la clé de la ligne {line}",
        "en": "invalid YAML: ':' missing after the key on line {line}",
    },
    "yaml_indentation": {
        "fr": "YAML invalide : indentation incohérente (cette ligne n'est pas alignée avec les précédentes)",
        "en": "invalid YAML: inconsistent indentation (this line is not aligned with the ones above)",
    },
    "yaml_list_indentation": {
        "fr": "YAML invalide : élément de liste mal aligné (chaque élément commence par « - » au "
        "même retrait)",
        "en": "invalid YAML: list item out of line (every item starts with '- ' at the same indentation)",
    },
    "yaml_flow_list": {
        "fr": "YAML invalide : liste entre crochets non fermée (elle s'écrit sur une ligne : [a, b], "
        "les éléments séparés par des virgules)",
        "en": "invalid YAML: a list in brackets left open (it is written on one line: [a, b], items "
        "separated by commas)",
    },
    "yaml_flow_mapping": {
        "fr": "YAML invalide : répartition entre accolades non fermée (elle s'écrit sur une ligne : "
        "{{a: 3, b: 2}}, les paires séparées par des virgules)",
        "en": "invalid YAML: a mapping in braces left open (it is written on one line: {{a: 3, b: 2}}, "
        "pairs separated by commas)",
    },
    "yaml_bad_start": {
        "fr": "YAML invalide : une valeur commence par un caractère réservé (@, `, % ou autre) : "
        "mettez-la entre guillemets",
        "en": "invalid YAML: a value starts with a reserved character (@, `, % or another): put it in "
        "quotes",
    },
    "yaml_escape": {
        "fr": "YAML invalide : « \\ » inconnu entre guillemets doubles (doublez-le, ou utilisez des "
        "guillemets simples)",
        "en": "invalid YAML: unknown '\\' escape inside double quotes (double it, or use single quotes)",
    },
    "yaml_alias_syntax": {
        "fr": "YAML invalide : ancre ou alias (& *) incorrect : {detail}",
        "en": "invalid YAML: bad anchor or alias (& *): {detail}",
    },
}
