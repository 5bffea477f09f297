"""Language choice and the catalogue of the tool's own messages, in French and English.

Texts of the model (figures, questions) carry their own translations in the YAML files; this module
holds only the interface's words. French is the default; English is chosen by ``--lang en`` or by the
usual locale variables (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping

LANGS = ("fr", "en")
DEFAULT_LANG = "fr"


def resolve_lang(option: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The UI language: the option if given, else the first locale variable set, else French."""
    if option:
        code = option.strip().lower()[:2]
        return code if code in LANGS else DEFAULT_LANG
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            code = value.split(":")[0].lower()[:2]
            return code if code in LANGS else DEFAULT_LANG
    return DEFAULT_LANG


MESSAGES: dict[str, dict[str, str]] = {
    # --- reading files -------------------------------------------------------------------------
    "file_missing": {"fr": "fichier introuvable", "en": "file not found"},
    "file_unreadable": {"fr": "lecture impossible ({reason})", "en": "cannot read ({reason})"},
    "not_utf8": {
        "fr": "le fichier n'est pas en UTF-8 (octet {byte} en position {pos})",
        "en": "the file is not UTF-8 (byte {byte} at position {pos})",
    },
    "yaml_syntax": {"fr": "YAML invalide : {detail}", "en": "invalid YAML: {detail}"},
    "json_syntax": {"fr": "JSON invalide : {detail}", "en": "invalid JSON: {detail}"},
    "duplicate_key": {
        "fr": "clé « {key} » répétée (déjà vue ligne {first})",
        "en": "key '{key}' repeated (first seen on line {first})",
    },
    "empty_file": {"fr": "le fichier est vide", "en": "the file is empty"},
    # --- validation of any document (pydantic error types are mapped here) ---------------------
    "missing": {"fr": "champ obligatoire manquant", "en": "required field missing"},
    "extra_forbidden": {"fr": "champ inconnu{hint}", "en": "unknown field{hint}"},
    "expected_mapping": {"fr": "une table (clé: valeur) est attendue", "en": "a mapping is expected"},
    "expected_list": {"fr": "une liste est attendue", "en": "a list is expected"},
    "expected_text": {"fr": "un texte est attendu", "en": "a text is expected"},
    "expected_integer": {"fr": "un nombre entier est attendu", "en": "a whole number is expected"},
    "invalid": {"fr": "{detail}", "en": "{detail}"},
    # --- model checks ------------------------------------------------------------------------------
    "bad_id": {
        "fr": "identifiant « {id} » invalide (lettres minuscules, chiffres et _, commençant par une lettre)",
        "en": "invalid id '{id}' (lower-case letters, digits and _, starting with a letter)",
    },
    "ambiguous_id": {
        "fr": "l'identifiant « {id} » serait lu comme un booléen en YAML ; choisissez-en un autre",
        "en": "the id '{id}' would be read as a boolean in YAML; choose another one",
    },
    "duplicate_id": {
        "fr": "identifiant « {id} » en double (déjà utilisé en {first})",
        "en": "duplicate id '{id}' (already used at {first})",
    },
    "unknown_figure": {"fr": "figure inconnue « {id} »", "en": "unknown figure '{id}'"},
    "unknown_theme": {"fr": "thème inconnu « {id} »", "en": "unknown theme '{id}'"},
    "weight_range": {
        "fr": "poids {value} hors de l'intervalle {low}–{high}",
        "en": "weight {value} out of range {low}-{high}",
    },
    "too_few_options": {
        "fr": "une question « {type} » demande au moins {n} options",
        "en": "a '{type}' question needs at least {n} options",
    },
    "no_options_expected": {
        "fr": "une question « {type} » n'a pas d'options",
        "en": "a '{type}' question has no options",
    },
    "points_required": {
        "fr": "une question de répartition doit indiquer ses points (entier > 0)",
        "en": "an allocation question must state its points (integer > 0)",
    },
    "points_unexpected": {
        "fr": "« points » ne s'applique qu'aux questions de répartition",
        "en": "'points' only applies to allocation questions",
    },
    "profile_required": {
        "fr": "une question de répartition doit dire quel profil elle mesure (declared ou ambition)",
        "en": "an allocation question must say which profile it measures (declared or ambition)",
    },
    "profile_unexpected": {
        "fr": "« profile » ne s'applique qu'aux questions de répartition",
        "en": "'profile' only applies to allocation questions",
    },
    "profile_missing": {
        "fr": "aucune question de répartition ne mesure le profil « {profile} »",
        "en": "no allocation question measures the '{profile}' profile",
    },
    "allocation_figure_missing": {
        "fr": "aucun énoncé de cette répartition ne porte sur la figure « {id} »",
        "en": "no statement of this allocation is about the figure '{id}'",
    },
    "allocation_weightless": {
        "fr": "un énoncé de répartition doit pondérer au moins une figure",
        "en": "an allocation statement must weight at least one figure",
    },
    "exclusive_misplaced": {
        "fr": "seule une question à choix multiples peut avoir une option exclusive",
        "en": "only a multiple-choice question may have an exclusive option",
    },
    "exclusive_count": {
        "fr": "une question à choix multiples a au plus une option exclusive (« aucune »)",
        "en": "a multiple-choice question has at most one exclusive ('none') option",
    },
    "exclusive_weighted": {
        "fr": "l'option exclusive « {id} » ne doit pondérer aucune figure",
        "en": "the exclusive option '{id}' must not weight any figure",
    },
    "bad_pattern": {"fr": "expression régulière invalide : {detail}", "en": "invalid pattern: {detail}"},
    "profile_field_missing": {
        "fr": "le profil doit contenir la question « {id} »",
        "en": "the profile must contain the question '{id}'",
    },
    "profile_field_type": {
        "fr": "la question de profil « {id} » doit être de type {expected}",
        "en": "the profile question '{id}' must be of type {expected}",
    },
    "profile_scored": {
        "fr": "le profil n'accepte que des questions « single » et « text » (non notées)",
        "en": "the profile only takes 'single' and 'text' questions (not scored)",
    },
    "figure_coverage": {
        "fr": "la figure « {id} » n'est éclairée que par {count} questions de pratiques (minimum {minimum})",
        "en": "the figure '{id}' is informed by only {count} practice questions (minimum {minimum})",
    },
    "figure_balance": {
        "fr": "score maximal atteignable de « {id} » : {value} ; il s'écarte de {deviation:+.1f} % "
        "de la moyenne des figures ({mean:.1f}), au-delà de ±{tolerance} %",
        "en": "maximum attainable score of '{id}': {value}; it is {deviation:+.1f}% away from the "
        "mean across figures ({mean:.1f}), beyond ±{tolerance}%",
    },
    # --- answers -------------------------------------------------------------------------------
    "unknown_question": {"fr": "question inconnue « {id} »{hint}", "en": "unknown question '{id}'{hint}"},
    "profile_in_answers": {
        "fr": "« {id} » est une question de profil : placez-la sous « organisation »",
        "en": "'{id}' is a profile question: put it under 'organisation'",
    },
    "unknown_option": {
        "fr": "option inconnue « {id} »{hint} (possibles : {allowed})",
        "en": "unknown option '{id}'{hint} (allowed: {allowed})",
    },
    "expected_option": {
        "fr": "un identifiant d'option est attendu (possibles : {allowed})",
        "en": "an option id is expected (allowed: {allowed})",
    },
    "expected_option_list": {
        "fr": "une liste d'identifiants d'options est attendue, par exemple [{example}]",
        "en": "a list of option ids is expected, for example [{example}]",
    },
    "empty_choice": {
        "fr": "liste vide : choisissez « {none} » ou laissez null (ne sait pas)",
        "en": "empty list: choose '{none}' or leave null (don't know)",
    },
    "repeated_option": {"fr": "option « {id} » répétée", "en": "option '{id}' repeated"},
    "exclusive_with_others": {
        "fr": "« {id} » exclut les autres options",
        "en": "'{id}' excludes the other options",
    },
    "expected_allocation": {
        "fr": "une table option: points est attendue, par exemple {{{example}: {points}}}",
        "en": "a mapping option: points is expected, for example {{{example}: {points}}}",
    },
    "negative_points": {
        "fr": "les points doivent être des entiers positifs ou nuls",
        "en": "points must be whole numbers, zero or more",
    },
    "allocation_total": {
        "fr": "les points totalisent {total} au lieu de {points}",
        "en": "the points add up to {total} instead of {points}",
    },
    "bad_insee": {
        "fr": "code INSEE « {value} » invalide (5 caractères, par exemple 33522 ou 2A004)",
        "en": "invalid INSEE code '{value}' (5 characters, for example 33522 or 2A004)",
    },
    "bad_insee_zero": {
        "fr": "code INSEE « {value} » invalide : 5 caractères ; un tableur a-t-il effacé le zéro initial "
        "(0{value}) ?",
        "en": "invalid INSEE code '{value}': 5 characters; did a spreadsheet drop the leading zero "
        "(0{value})?",
    },
    "insee_quote": {
        "fr": "code INSEE lu comme le nombre {value} : écrivez-le entre guillemets, par exemple \"01001\"",
        "en": "INSEE code read as the number {value}: write it between quotes, for example \"01001\"",
    },
    "pattern_mismatch": {
        "fr": "la valeur « {value} » n'a pas le format attendu",
        "en": "the value '{value}' does not have the expected format",
    },
    "name_required": {
        "fr": "le nom de l'organisation est obligatoire",
        "en": "the organisation's name is required",
    },
    "other_questionnaire": {
        "fr": "ce fichier répond au questionnaire « {got} », pas à « {expected} »",
        "en": "this file answers the questionnaire '{got}', not '{expected}'",
    },
    "version_mismatch": {
        "fr": "réponses données à la version {got} du questionnaire ; le score utilise la version "
        "{expected} : comparez avec prudence",
        "en": "answers given to version {got} of the questionnaire; scored with version {expected}: "
        "compare with care",
    },
    "version_unknown": {
        "fr": "le fichier ne dit pas à quelle version du questionnaire il répond ; score calculé "
        "avec la version {expected}",
        "en": "the file does not say which questionnaire version it answers; scored with version "
        "{expected}",
    },
    "expected_date": {
        "fr": "« {value} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)",
        "en": "'{value}' is not a date (YYYY-MM-DD or DD/MM/YYYY)",
    },
    # --- commands ------------------------------------------------------------------------------
    "output_exists": {
        "fr": "le fichier existe déjà ; ajoutez --force pour le remplacer",
        "en": "the file already exists; add --force to replace it",
    },
    "output_failed": {"fr": "écriture impossible ({reason})", "en": "cannot write ({reason})"},
    "data_dir_missing": {"fr": "dossier de données introuvable", "en": "data folder not found"},
    "interrupted": {"fr": "interrompu", "en": "interrupted"},
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
    "col_intensity": {"fr": "Intensité", "en": "Intensity"},
    "col_share": {"fr": "Part du mix", "en": "Share of mix"},
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
    "result_why": {"fr": "Pourquoi : {items}", "en": "Why: {items}"},
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
    "several_drafts": {
        "fr": "plusieurs brouillons : choisissez-en un avec --draft CHEMIN",
        "en": "several drafts: choose one with --draft PATH",
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
        "fr": "Reprise du brouillon {path} : {asked} question{asked|s} déjà {asked|répondue|répondues}.",
        "en": "Resuming the draft {path}: {asked} question{asked|s} already answered.",
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
    "select_instruction": {
        "fr": "(flèches puis Entrée)",
        "en": "(arrows, then Enter)",
    },
    "checkbox_instruction": {
        "fr": "(flèches, Espace pour cocher, Entrée pour valider)",
        "en": "(arrows, Space to tick, Enter to confirm)",
    },
    "your_answer": {"fr": "Votre réponse", "en": "Your answer"},
    "move_alone": {
        "fr": "cochez soit des réponses, soit une seule action (ne sait pas, précédente, arrêter)",
        "en": "tick either answers or a single action (don't know, previous, stop)",
    },
    "tick_something": {
        "fr": "cochez au moins une case (ou « {none} »)",
        "en": "tick at least one box (or \"{none}\")",
    },
    "allocation_intro": {
        "fr": "Répartissez {points} points entre ces énoncés (0 pour ceux qui ne vous ressemblent pas).",
        "en": "Spread {points} points across these statements (0 for those unlike you).",
    },
    "allocation_prompt": {
        "fr": "points (reste {left})",
        "en": "points ({left} left)",
    },
    "allocation_retry": {
        "fr": "Le total fait {total} au lieu de {points} : reprenons la répartition.",
        "en": "The total is {total} instead of {points}: let's redo the allocation.",
    },
    "not_a_number": {
        "fr": "indiquez un nombre entier de points (0 à {points})",
        "en": "give a whole number of points (0 to {points})",
    },
    "no_help": {"fr": "Pas d'aide pour cette question.", "en": "No help for this question."},
    "stopped": {
        "fr": "Réponses enregistrées dans le brouillon {path}.\n"
        "Pour reprendre : ccas-compass assess --resume{draft_option}",
        "en": "Answers saved in the draft {path}.\n"
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
    # --- report, chart and comparison (assess --format text|markdown|json, compare) ---------------
    "list_and": {"fr": "{head} et {last}", "en": "{head} and {last}"},
    "col_practice": {"fr": "Pratiques", "en": "Practices"},
    "col_gap_ambition": {"fr": "Ambition − pratiques", "en": "Ambition − practices"},
    "col_question": {"fr": "Question", "en": "Question"},
    "col_answer": {"fr": "Réponse", "en": "Answer"},
    "col_points": {"fr": "Points", "en": "Points"},
    "report_meta_questionnaire": {
        "fr": "Questionnaire {id}, version {version}",
        "en": "Questionnaire {id}, version {version}",
    },
    "report_meta_date": {"fr": "réponses du {date}", "en": "answers of {date}"},
    "report_meta_role": {"fr": "répondant : {role}", "en": "respondent: {role}"},
    "report_summary": {"fr": "En bref", "en": "In brief"},
    "figures_one": {"fr": "la figure {names}", "en": "{names}"},
    "figures_many": {"fr": "les figures {names}", "en": "{names}"},
    "report_headline": {
        "fr": "Vos pratiques dessinent surtout {practice} ; votre ambition 2050 penche vers {ambition}.",
        "en": "Your practices mostly draw {practice}; your 2050 ambition leans toward {ambition}.",
    },
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
    "report_gaps_title": {"fr": "Les principaux écarts", "en": "The main gaps"},
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
    "team_question": {"fr": "accord {agreement} % :", "en": "agreement {agreement}%:"},
    "team_respondent_n": {"fr": "répondant n° {n}", "en": "respondent no. {n}"},
    "team_unknown": {"fr": "sans réponse ({count})", "en": "no answer ({count})"},
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
        "points sur la médiane des autres figures).",
        "en": "For each figure, its share of the practice mix: Q1, median and Q3 (a quarter of the "
        "organisations below Q1, half below the median, three quarters below Q3); the medians of today's "
        "view and of the 2050 ambition; how many organisations it stands out first in (intensity of at "
        "least {min_intensity}, ahead of the other figures' median by at least {min_lead} points).",
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
    "answers_needed": {
        "fr": "indiquez un fichier de réponses : ccas-compass assess --answers FICHIER "
        "(un modèle à remplir : ccas-compass template)",
        "en": "give an answers file: ccas-compass assess --answers FILE "
        "(a file to fill in: ccas-compass template)",
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
    # XLSForm export
    "help_export": {
        "fr": "Exporte le questionnaire pour une collecte en ligne (XLSForm pour KoboToolbox, ODK Central "
        "et Ona ; enquête LimeSurvey).",
        "en": "Export the questionnaire for online collection (XLSForm for KoboToolbox, ODK Central and Ona; "
        "a LimeSurvey survey).",
    },
    "help_export_kind": {
        "fr": "Format d'export : xlsform (classeur .xlsx à déposer dans KoboToolbox, ODK Central ou Ona) "
        "ou limesurvey (enquête .txt à importer dans LimeSurvey).",
        "en": "Export format: xlsform (an .xlsx workbook to upload to KoboToolbox, ODK Central or Ona) or "
        "limesurvey (a .txt survey to import into LimeSurvey).",
    },
    "help_export_output": {
        "fr": "Fichier à écrire (par exemple questionnaire.xlsx ou questionnaire-limesurvey.txt).",
        "en": "File to write (for example questionnaire.xlsx or questionnaire-limesurvey.txt).",
    },
    "xlsform_organisation": {"fr": "Votre organisation", "en": "Your organisation"},
    "xlsform_role": {"fr": "Votre fonction", "en": "Your role"},
    "draft_version": {
        "fr": "la version du questionnaire recopiée dans l'outil d'enquête (ccas-compass questions)",
        "en": "the questionnaire version copied into the survey tool (ccas-compass questions)",
    },
    "draft_role": {"fr": "la fonction du répondant", "en": "the respondent's role"},
    "xlsform_role_hint": {
        "fr": "Par exemple : élu·e, direction, agent d'accueil, travailleur social. Elle aide l'équipe à "
        "comparer ses regards ; laissez vide si vous préférez.",
        "en": "For example: elected member, director, reception agent, social worker. It helps the team "
        "compare its views; leave it empty if you prefer.",
    },
    "xlsform_insee_constraint": {
        "fr": "Code INSEE invalide : 5 caractères, par exemple 33522 ou 2A004 (ce n'est pas le code postal).",
        "en": "Invalid INSEE code: 5 characters, for example 33522 or 2A004 (this is not the postcode).",
    },
    "xlsform_pattern_constraint": {
        "fr": "Cette valeur n'a pas le format attendu.",
        "en": "This value does not have the expected format.",
    },
    "xlsform_exclusive_constraint": {
        "fr": "« {option} » ne peut pas être coché avec une autre réponse.",
        "en": "'{option}' cannot be ticked together with another answer.",
    },
    "xlsform_allocation_hint": {
        "fr": "Répartissez {points} points entre les phrases ci-dessous (0 pour une phrase qui ne vous "
        "ressemble pas) : le total doit faire exactement {points}. Laissez tout vide si vous ne savez pas.",
        "en": "Share out {points} points across the statements below (0 for a statement that is not like "
        "you): the total must be exactly {points}. Leave everything empty if you do not know.",
    },
    "xlsform_allocation_sum": {
        "fr": "Un nombre entier de 0 à {points}, et le total des points doit faire exactement {points} "
        "(il est affiché sous les cases) ; videz toutes les cases si vous ne savez pas.",
        "en": "A whole number from 0 to {points}, and the points must add up to exactly {points} (the "
        "total is shown under the boxes); clear every box if you don't know.",
    },
    "xlsform_allocation_total": {
        "fr": "Total actuel : {total} sur {points} points.",
        "en": "Current total: {total} of {points} points.",
    },
    "xlsform_name_clash": {
        "fr": "le nom « {name} » servirait deux fois dans le formulaire XLSForm (déjà utilisé en {first}) ; "
        "renommez l'un des identifiants",
        "en": "the name '{name}' would be used twice in the XLSForm (already used at {first}); "
        "rename one of the ids",
    },
    "xlsform_reserved_name": {
        "fr": "le nom « {name} » est réservé dans un formulaire XLSForm ; choisissez un autre identifiant",
        "en": "the name '{name}' is reserved in an XLSForm; choose another id",
    },
    "xlsform_pattern_quotes": {
        "fr": "une expression régulière exportée en XLSForm ne peut pas contenir à la fois ' et \"",
        "en": "a pattern exported to XLSForm cannot contain both ' and \"",
    },
    # --- online collection: .xlsx exports, mappings (batch --mapping, mapping draft) ------------
    "xlsx_invalid": {
        "fr": "classeur .xlsx illisible : {detail}",
        "en": "unreadable .xlsx workbook: {detail}",
    },
    "xlsform_not_answers": {
        "fr": "ce classeur est le questionnaire XLSForm, pas un export de réponses : fichier laissé de côté",
        "en": "this workbook is the XLSForm questionnaire, not an export of answers: file left aside",
    },
    "incomplete_row": {
        "fr": "réponse incomplète (colonne « {column} » vide) : ligne non analysée, comme le demande la "
        "correspondance (require)",
        "en": "incomplete response (column '{column}' empty): row not scored, as the mapping asks (require)",
    },
    "mapping_format": {
        "fr": "format de correspondance {got} inconnu (attendu : mapping: {expected})",
        "en": "unknown mapping format {got} (expected: mapping: {expected})",
    },
    "mapping_bool_key": {
        "fr": "« {value} » est lu comme un booléen en YAML : écrivez-le entre guillemets",
        "en": "'{value}' is read as a boolean in YAML: write it in quotes",
    },
    "mapping_header_twice": {
        "fr": "colonne « {name} » déjà décrite (comme « {first} ») : majuscules et espaces ne comptent pas",
        "en": "column '{name}' already described (as '{first}'): case and spaces do not count",
    },
    "mapping_target": {
        "fr": "indiquez une et une seule cible : question, profile ou meta",
        "en": "give one and only one target: question, profile or meta",
    },
    "mapping_profile_as_question": {
        "fr": "« {id} » est une question du profil : écrivez profile: {id}",
        "en": "'{id}' is a profile question: write profile: {id}",
    },
    "mapping_option_kind": {
        "fr": "option ne s'emploie qu'avec une question à choix multiples (colonne cochée ou non) ou de "
        "répartition de points (points de l'option), pas ici ({type})",
        "en": "option only goes with a multiple-choice question (a ticked or unticked column) or an "
        "allocation (the option's points), not here ({type})",
    },
    "mapping_unknown_profile": {
        "fr": "question du profil « {id} » inconnue (connues : {allowed})",
        "en": "unknown profile question '{id}' (known: {allowed})",
    },
    "mapping_meta": {
        "fr": "meta « {id} » inconnue (connues : {allowed})",
        "en": "unknown meta '{id}' (known: {allowed})",
    },
    "mapping_separator_kind": {
        "fr": "separator ne s'emploie qu'avec une question à choix multiples lue dans une seule colonne",
        "en": "separator only goes with a multiple-choice question read from a single column",
    },
    "mapping_format_kind": {
        "fr": "format ne s'emploie qu'avec meta: date",
        "en": "format only goes with meta: date",
    },
    "mapping_date_format": {
        "fr": "format de date « {format} » invalide : il doit nommer le jour, le mois et l'année, par "
        "exemple \"%d/%m/%Y %H:%M:%S\"",
        "en": "invalid date format '{format}': it must name the day, the month and the year, for example "
        "\"%d/%m/%Y %H:%M:%S\"",
    },
    "mapping_values_kind": {
        "fr": "values ne s'emploie pas pour une case à cocher ni pour des points",
        "en": "values does not go with a tick or with points",
    },
    "mapping_value_twice": {
        "fr": "valeur « {value} » déjà associée à une autre réponse (majuscules et espaces ne comptent pas)",
        "en": "value '{value}' already given another answer (case and spaces do not count)",
    },
    "mapping_unknown_value": {
        "fr": "valeur « {value} » absente de la correspondance pour cette colonne (prévues : {known})",
        "en": "value '{value}' is not in the mapping for this column (expected: {known})",
    },
    "mapping_bad_date": {
        "fr": "« {value} » n'est pas une date au format {format}",
        "en": "'{value}' is not a date in the format {format}",
    },
    "mapping_column_absent": {
        "fr": "colonne « {name} » absente de {table}",
        "en": "column '{name}' not found in {table}",
    },
    "mapping_unchecked": {
        "fr": "la correspondance porte encore {count} marque{count|s} « À VÉRIFIER » / « CHECK » "
        "(lignes {lines}) : vérifiez ces lignes, puis effacez les marques",
        "en": "the mapping still carries {count} 'CHECK' / 'À VÉRIFIER' mark{count|s} (lines {lines}): "
        "check those lines, then remove the marks",
    },
    "mapping_draft_summary": {
        "fr": "{sure} colonne{sure|s} {sure|reconnue|reconnues} ; {check} ligne{check|s} à vérifier ; "
        "{unknown} colonne{unknown|s} non {unknown|reconnue|reconnues}.",
        "en": "{sure} column{sure|s} recognised; {check} line{check|s} to check; {unknown} column{unknown|s} "
        "not recognised.",
    },
    "help_batch_mapping": {
        "fr": "Correspondance (YAML) des colonnes et des valeurs d'un export LimeSurvey, Google Forms, "
        "Framaforms ou d'un tableur vers les questions de l'outil (voir ccas-compass mapping draft) ; elle "
        "s'applique à l'export qu'elle nomme (export:), ou à celui donné en EXPORT=MAP.yaml. Répétable.",
        "en": "Mapping (YAML) of the columns and values of a LimeSurvey, Google Forms or Framaforms export, "
        "or of a spreadsheet, to the tool's questions (see ccas-compass mapping draft); it applies to the "
        "export it names (export:), or to the one given as EXPORT=MAP.yaml. Repeatable.",
    },
    "help_mapping": {
        "fr": "Correspondances entre les exports d'autres outils d'enquête et les questions de l'outil.",
        "en": "Mappings between the exports of other survey tools and the tool's questions.",
    },
    "help_mapping_draft": {
        "fr": "Écrit un premier fichier de correspondance pour un export (CSV ou .xlsx), en rapprochant "
        "colonnes et valeurs des questions et des réponses de l'outil ; chaque supposition est marquée "
        "« À VÉRIFIER ».",
        "en": "Write a first mapping file for an export (CSV or .xlsx), matching its columns and values to "
        "the tool's questions and answers; every guess is marked 'CHECK'.",
    },
    "help_mapping_draft_file": {
        "fr": "Export des réponses (CSV ou .xlsx) : LimeSurvey, Google Forms, Framaforms, tableur…",
        "en": "Export of the answers (CSV or .xlsx): LimeSurvey, Google Forms, Framaforms, a spreadsheet…",
    },
    "help_mapping_draft_output": {
        "fr": "Fichier de correspondance à écrire (par défaut : sortie standard).",
        "en": "Mapping file to write (default: standard output).",
    },
    "draft_check": {"fr": "À VÉRIFIER", "en": "CHECK"},
    "draft_intro": {
        "fr": "Correspondance pour {file}, brouillon écrit par « ccas-compass mapping draft ».\n"
        "Chaque ligne marquée {check} est une supposition : vérifiez-la, corrigez-la si besoin, puis "
        "effacez la marque.\n"
        "Une valeur non reconnue reste en commentaire : tant qu'elle n'a pas de correspondance, les lignes "
        "qui la contiennent\n"
        "sont signalées et non analysées. Puis : {command}",
        "en": "Mapping for {file}, drafted by 'ccas-compass mapping draft'.\n"
        "Every line marked {check} is a guess: check it, correct it if needed, then remove the mark.\n"
        "A value not recognised stays as a comment: until it is mapped, the rows that hold it are listed\n"
        "and not scored. Then: {command}",
    },
    "draft_meta": {"fr": "métadonnée ({tool})", "en": "metadata ({tool})"},
    "draft_require": {
        "fr": "vide : réponse incomplète, laissée de côté",
        "en": "empty: incomplete response, left aside",
    },
    "draft_free_text": {
        "fr": "texte libre (« autre », commentaire) : non analysé",
        "en": "free text ('other', comment): not scored",
    },
    "draft_more_values": {
        "fr": "plus de {count} valeurs différentes : les suivantes ne sont pas listées",
        "en": "more than {count} distinct values: the next ones are not listed",
    },
    "draft_unknown_column": {"fr": "colonne non reconnue (candidats : {candidates})",
                             "en": "column not recognised (candidates: {candidates})"},
    "draft_unknown_title": {
        "fr": "Colonnes non reconnues ({check}) : ajoutez-les à columns ou à ignore ; sinon batch les "
        "signale comme inconnues.",
        "en": "Columns not recognised ({check}): add them to columns or to ignore; otherwise batch lists "
        "them as unknown.",
    },
    "draft_near": {
        "fr": "texte proche à {score} % de « {text} » (candidats : {candidates})",
        "en": "text {score}% close to '{text}' (candidates: {candidates})",
    },
    "draft_by_values": {
        "fr": "intitulé non reconnu, mais {share} % de ses valeurs sont des réponses de « {text} » "
        "(candidats : {candidates})",
        "en": "heading not recognised, but {share}% of its values are answers of '{text}' "
        "(candidates: {candidates})",
    },
    "draft_dont_know": {"fr": "ne sait pas / non concerné", "en": "don't know / not concerned"},
    "draft_unknown_value": {
        "fr": "valeur non reconnue : remplacez ? par un identifiant d'option ou null (ne sait pas), puis "
        "décommentez (candidats : {candidates})",
        "en": "value not recognised: replace ? with an option id or null (don't know), then uncomment "
        "(candidates: {candidates})",
    },
    "draft_timestamp": {"fr": "date des réponses", "en": "date of the answers"},
    "draft_date_unknown": {
        "fr": "date des réponses, format non reconnu (par exemple « {example} ») : ajoutez format",
        "en": "date of the answers, format not recognised (for example '{example}'): add format",
    },
    "draft_date_ambiguous": {
        "fr": "date des réponses : plusieurs formats possibles ({formats}), jour et mois à vérifier",
        "en": "date of the answers: several formats fit ({formats}), check day and month",
    },
    "draft_twice": {
        "fr": "même cible que la colonne « {other} »",
        "en": "same target as column '{other}'",
    },
    "draft_code_unmatched": {
        "fr": "code sans texte, aucune question de l'outil ne correspond à sa place et à ses valeurs",
        "en": "code without text, no question of the tool fits its place and its values",
    },
    "draft_by_position": {
        "fr": "code sans texte, associé par sa place et ses valeurs à « {text} »",
        "en": "code without text, matched by its place and its values to '{text}'",
    },
    "draft_option_guess": {
        "fr": "option n° {n} supposée, « {text} »",
        "en": "assumed option no. {n}, '{text}'",
    },
    "draft_other_answer": {
        "fr": "réponse « autre » (texte libre) : null la compte comme « ne sait pas »",
        "en": "'other' answer (free text): null counts it as 'don't know'",
    },
    "draft_native": {
        "fr": "{count} colonne{count|s} déjà lisible{count|s} sans correspondance : {names}",
        "en": "{count} column{count|s} already readable without a mapping: {names}",
    },
    # --- issue 10: the honest mirror (standing out, versions, content checks, corpus) ---------
    "report_headline_none": {
        "fr": "Aucune figure ne se détache encore de vos pratiques : celles que vous décrivez relèvent "
        "surtout du socle légal du CCAS/CIAS (accueil, aides, accès aux droits, domiciliation, ABS, "
        "registre), et aucune des figures du « CCAS en 2050 » n'atteint {floor}. Le mix ci-dessous est "
        "indicatif.",
        "en": "No figure stands out in your practices yet: those you describe are mostly the statutory "
        "core of a CCAS/CIAS (reception, aid, access to rights, postal address for people without one, "
        "social needs analysis, vulnerable persons register), and none of the \"CCAS in 2050\" figures "
        "reaches {floor}. The mix below is indicative.",
    },
    "report_headline_few_answers": {
        "fr": "Trop peu de réponses aux questions de pratiques ({coverage}, moins de {minimum}) pour dire "
        "si une figure se détache ; le mix ci-dessous est indicatif.",
        "en": "Too few practice questions answered ({coverage}, under {minimum}) to tell whether a "
        "figure stands out; the mix below is indicative.",
    },
    "report_ambition_not_given": {
        "fr": "(Ambition 2050 non renseignée.)",
        "en": "(2050 ambition not given.)",
    },
    "report_standing_rule": {
        "fr": "Une figure se détache quand l'intensité des pratiques atteint {min_intensity} et dépasse "
        "d'au moins {min_lead} points l'intensité médiane des autres figures, à condition qu'au moins "
        "{min_coverage} des questions de pratiques aient une réponse ; les parts seules ne suffisent pas "
        "(un profil presque vide donne aussi des parts marquées).",
        "en": "A figure stands out when the practice intensity reaches {min_intensity} and exceeds the "
        "median intensity of the other figures by at least {min_lead} points, with at least "
        "{min_coverage} of the practice questions answered; shares alone are not enough (a nearly "
        "empty profile also gives marked shares).",
    },
    "standing_none": {"fr": "aucune figure ne se détache", "en": "no figure stands out"},
    "standing_some": {"fr": "se détache(nt) : {figures}", "en": "standing out: {figures}"},
    "report_rationale": {"fr": "pourquoi : {text}", "en": "why: {text}"},
    "col_rationale": {"fr": "Pourquoi cette réponse compte", "en": "Why this answer counts"},
    "version_archived": {
        "fr": "réponses données à la version {version} du questionnaire, calculées avec cette version "
        "(archivée ; la version actuelle est la {current}) : comparez avec prudence à des résultats "
        "de la version {current}",
        "en": "answers given to version {version} of the questionnaire, scored with that version "
        "(archived; the current version is {current}): compare with care with results of version "
        "{current}",
    },
    "batch_versions": {
        "fr": "questionnaires de plusieurs versions : chaque répondant est calculé avec la version "
        "qu'il déclare ({counts})",
        "en": "answers to several questionnaire versions: each respondent is scored with the version "
        "it declares ({counts})",
    },
    "batch_version_count": {"fr": "{count} en {version}", "en": "{count} in {version}"},
    "team_versions_mixed": {
        "fr": "les membres de l'équipe ont répondu à des versions différentes du questionnaire "
        "({versions}) : chacun est calculé avec la sienne, le profil de l'équipe est la moyenne de "
        "leurs parts et intensités par figure, et le consensus question par question ne compare que "
        "les membres de la version {version}",
        "en": "the team's members answered different questionnaire versions ({versions}): each is scored "
        "with their own, the team profile is the mean of their shares and intensities per figure, and "
        "the question-by-question consensus compares only the members on version {version}",
    },
    "pano_none_stands_out": {
        "fr": "Aucune figure ne se détache (organisations)",
        "en": "No figure stands out (organisations)",
    },
    "pano_col_none": {"fr": "Aucune ne se détache", "en": "None stands out"},
    "pano_none_line": {
        "fr": "{count} organisation{count|s} dont aucune figure ne se détache : {parts}.",
        "en": "{count} organisation{count|s} where no figure stands out: {parts}.",
    },
    "pano_none_statutory_core": {
        "fr": "{count} dont les pratiques relèvent surtout du socle légal du CCAS/CIAS (toutes les "
        "intensités sous le seuil)",
        "en": "{count} whose practices are mostly the statutory core of a CCAS/CIAS (every intensity "
        "under the floor)",
    },
    "pano_none_broad_mix": {
        "fr": "{count} dont les pratiques dessinent plusieurs figures à la fois, sans qu'aucune ne se "
        "détache",
        "en": "{count} whose practices draw several figures at once, none standing out",
    },
    "pano_none_few_answers": {
        "fr": "{count} avec trop peu de réponses pour le dire",
        "en": "{count} with too few answers to tell",
    },
    "csv_none_stands_out": {"fr": "aucune figure ne se détache", "en": "no figure stands out"},
    "checks_title": {
        "fr": "Contrôles de contenu du questionnaire {version}",
        "en": "Content checks of questionnaire {version}",
    },
    "check_balance": {
        "fr": "Points (± {tolerance} % de {mean})",
        "en": "Points (± {tolerance}% of {mean})",
    },
    "check_informing": {"fr": "Questions (≥ {minimum})", "en": "Questions (≥ {minimum})"},
    "check_question_share": {
        "fr": "Question la plus lourde (≤ {limit} %)",
        "en": "Heaviest question (≤ {limit}%)",
    },
    "checks_failed": {
        "fr": "{count} contrôle{count|s} de contenu non satisfait{count|s} : requis pour la version en "
        "cours du questionnaire, tolérés pour une version archivée",
        "en": "{count} content check{count|s} not met: required of the current questionnaire version, "
        "tolerated for an archived one",
    },
    "col_check": {"fr": "Contrôle", "en": "Check"},
    "corpus_title": {
        "fr": "Corpus de validation : {count} profil{count|s} ({dir})",
        "en": "Validation corpus: {count} profile{count|s} ({dir})",
    },
    "col_profile": {"fr": "Profil", "en": "Profile"},
    "col_expected": {"fr": "Attendu", "en": "Expected"},
    "col_obtained": {"fr": "Obtenu", "en": "Obtained"},
    "col_intensities": {"fr": "Intensités", "en": "Intensities"},
    "corpus_none": {"fr": "aucune", "en": "none"},
    "corpus_summary": {
        "fr": "{passed} profil{passed|s} conforme{passed|s} sur {total}.",
        "en": "{passed} profile{passed|s} as expected out of {total}.",
    },
    "corpus_failed": {
        "fr": "{failed} profil{failed|s} du corpus ne donne{failed|nt} pas les figures attendues",
        "en": "{failed} corpus profile{failed|s} do{failed|es|} not give the expected figures",
    },
    "corpus_bad": {
        "fr": "expected.yaml invalide : {detail}",
        "en": "invalid expected.yaml: {detail}",
    },
    "help_validate_corpus": {
        "fr": "Dossier d'un corpus de validation : fichiers de réponses et expected.yaml (figures qui "
        "doivent se détacher) ; code 1 si un profil ne donne pas ce qui est attendu.",
        "en": "Folder of a validation corpus: answers files and expected.yaml (figures that must stand "
        "out); exit code 1 if a profile does not give what is expected.",
    },
    "help_validate_version": {
        "fr": "Valider une version archivée du questionnaire (ex. 1.0) plutôt que la version en cours.",
        "en": "Validate an archived questionnaire version (e.g. 1.0) rather than the current one.",
    },
    "version_not_shipped": {
        "fr": "version {version} du questionnaire introuvable (versions disponibles : {available})",
        "en": "questionnaire version {version} not found (available versions: {available})",
    },
    # --- issue 11: survey tools' exports read as they write them ---------------------------------
    "unused_column": {
        "fr": "la colonne « {name} » contient des réponses qu'aucune règle ne lit : ajoutez-la à « ignore » "
        "d'une correspondance (ccas-compass mapping draft) si elle n'est pas une question du questionnaire",
        "en": "column '{name}' holds answers no rule reads: add it to 'ignore' in a mapping "
        "(ccas-compass mapping draft) if it is not a question of the questionnaire",
    },
    "column_twice": {
        "fr": "« {name} » : les colonnes {first} et {second} donnent la même réponse ; gardez-en une seule",
        "en": "'{name}': columns {first} and {second} give the same answer; keep only one",
    },
    "allocation_set_aside": {
        "fr": "répartition laissée de côté (comptée « ne sait pas ») ; les autres réponses de cette ligne "
        "sont analysées",
        "en": "allocation set aside (counted as 'don't know'); the other answers of this row are scored",
    },
    "date_placeholder_rows": {
        "fr": "{count} réponse{count|s} datée{count|s} du 1980-01-01, la date que LimeSurvey écrit quand "
        "l'enquête ne garde pas l'horodatage : lues sans date (activez « Horodatage » dans les "
        "paramètres de l'enquête)",
        "en": "{count} response{count|s} dated 1980-01-01, the date LimeSurvey writes when the survey "
        "keeps no date stamp: read without a date (turn on 'Date stamp' in the survey's settings)",
    },
    "zip_unreadable": {
        "fr": "archive zip illisible ({reason})",
        "en": "unreadable zip archive ({reason})",
    },
    "zip_no_csv": {
        "fr": "l'archive ne contient pas de tableau CSV de réponses (téléchargement d'ODK Central attendu)",
        "en": "the archive holds no CSV table of responses (an ODK Central download expected)",
    },
    "zip_too_large": {
        "fr": "« {name} » est trop gros pour être lu dans l'archive",
        "en": "'{name}' is too large to be read from the archive",
    },
    "batch_rows": {
        "fr": "{read} ligne{read|s} ou fichier{read|s} lu{read|s} : {scored} analysé{scored|s}, "
        "{refused} refusé{refused|s}, {left_out} laissé{left_out|s} de côté (réponses non terminées).",
        "en": "{read} row{read|s} or file{read|s} read: {scored} scored, {refused} refused, "
        "{left_out} left out (unfinished responses).",
    },
    "mapping_pair": {
        "fr": "--mapping {value} : attendu MAP.yaml ou EXPORT=MAP.yaml",
        "en": "--mapping {value}: expected MAP.yaml or EXPORT=MAP.yaml",
    },
    "unfinished_row": {
        "fr": "réponse non terminée (colonne « {column} » vide) : laissée de côté",
        "en": "unfinished response (column '{column}' empty): left out",
    },
    "draft_known_intro": {
        "fr": "Correspondance écrite d'après « {file} » ({tool}) : un export de notre questionnaire, "
        "reconnu\n"
        "colonne par colonne (textes, libellés ou codes), dans l'ordre des colonnes. Rien à vérifier.\n"
        "Elle ne s'applique qu'à ce fichier (export:).",
        "en": "Mapping written from '{file}' ({tool}): an export of our questionnaire, recognised\n"
        "column by column (texts, labels or codes), in column order. Nothing to check.\n"
        "It applies to that file only (export:).",
    },
    "help_export_limesurvey": {
        "fr": "Écrit le questionnaire comme une enquête à importer dans LimeSurvey (format texte à "
        "tabulations "
        ".txt), en français et en anglais.",
        "en": "Write the questionnaire as a survey to import into LimeSurvey (tab-separated text format, "
        ".txt), in French and English.",
    },
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
    "report_unknown_none": {
        "fr": "Toutes les questions de pratiques ont reçu une réponse.",
        "en": "Every practice question was answered.",
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
        "fr": "modèle Typst (.typ) pour le PDF : couleurs, logo… (par défaut celui de l'outil)",
        "en": "Typst template (.typ) for the PDF: colours, logo… (default: the tool's own)",
    },
    "help_batch_pdf": {
        "fr": "écrire aussi un PDF par organisation et pour le panorama",
        "en": "also write a PDF per organisation and for the panorama",
    },
    "batch_board_needs_out": {
        "fr": "--pdf et --docx écrivent des fichiers : indiquez le dossier de résultats avec --out DOSSIER",
        "en": "--pdf and --docx write files: give the results folder with --out DIR",
    },
    "help_batch_docx": {
        "fr": "écrire aussi un fichier Word (.docx) par organisation et pour le panorama",
        "en": "also write a Word file (.docx) per organisation and for the panorama",
    },
    # --- issue 12: the territory (commune referential, commune command, campaign follow-up) ---
    "help_commune": {
        "fr": "Montre une commune du Code officiel géographique (code INSEE, ancien code ou nom) : "
              "département, région, population, intercommunalité.",
        "en": "Show a commune of the official geographic code (INSEE code, old code or name): département, "
              "region, population, intercommunality.",
    },
    "help_commune_query": {
        "fr": "Code INSEE (37261), ancien code (37235) ou nom (« saint etienne », « CCAS de Tours »).",
        "en": "INSEE code (37261), old code (37235) or name ('saint etienne', 'CCAS de Tours').",
    },
    "commune_not_found": {
        "fr": "« {query} » : aucune commune de ce code ou de ce nom dans le référentiel ({source})",
        "en": "'{query}': no commune with this code or name in the referential ({source})",
    },
    "commune_not_found_close": {
        "fr": "« {query} » : aucune commune de ce nom ; les plus proches : {names}",
        "en": "'{query}': no commune with this name; the closest: {names}",
    },
    "commune_homonyms": {
        "fr": "{count} communes s'appellent « {name} » :",
        "en": "{count} communes are called '{name}':",
    },
    "commune_homonyms_hint": {
        "fr": "Précisez avec le code, par exemple : ccas-compass commune {code}",
        "en": "Give the code instead, for example: ccas-compass commune {code}",
    },
    "commune_departement": {"fr": "Département", "en": "Département"},
    "commune_region": {"fr": "Région", "en": "Region"},
    "commune_population": {"fr": "Population", "en": "Population"},
    "commune_inhabitants": {"fr": "{population:fr} habitants", "en": "{population:en} inhabitants"},
    "commune_epci": {"fr": "Intercommunalité", "en": "Intercommunality"},
    "commune_epci_line": {
        "fr": "{name} ({type}, SIREN {siren}), {count} communes, {population:fr} habitants",
        "en": "{name} ({type}, SIREN {siren}), {count} communes, {population:en} inhabitants",
    },
    "commune_no_epci": {
        "fr": "aucune (commune hors intercommunalité à fiscalité propre)",
        "en": "none (commune outside any intercommunality with its own taxation)",
    },
    "commune_source": {
        "fr": "Source : {source} (Etalab, licence {licence}), d'après le Code officiel géographique "
              "{millesime} "
              "de l'INSEE",
        "en": "Source: {source} (Etalab, {licence} licence), from INSEE's official geographic code "
              "{millesime}",
    },
    "territory_info_commune": {
        "fr": "{name} — {departement} ({dep}), {population:fr} habitants",
        "en": "{name} — {departement} ({dep}), {population:en} inhabitants",
    },
    "territory_info_epci": {
        "fr": "Intercommunalité : {epci} ({count} communes)",
        "en": "Intercommunality: {epci} ({count} communes)",
    },
    "territory_info_alias_ancien": {
        "fr": "{code} est l'ancien code d'une commune aujourd'hui rattachée à {name} (le référentiel n'en "
              "garde pas le nom) : code {current} retenu",
        "en": "{code} is the old code of a commune now part of {name} (the referential does not keep its "
              "name): code {current} kept",
    },
    "territory_info_alias_deleguee": {
        "fr": "{code} est le code de {old}, commune déléguée de {name} : code {current} retenu",
        "en": "{code} is the code of {old}, a delegated commune of {name}: code {current} kept",
    },
    "territory_info_alias_associee": {
        "fr": "{code} est le code de {old}, commune associée à {name} : code {current} retenu",
        "en": "{code} is the code of {old}, a commune associated with {name}: code {current} kept",
    },
    "territory_info_alias_arrondissement": {
        "fr": "{code} est le code de {old} : le CCAS est celui de la commune, {name}, code {current} retenu",
        "en": "{code} is the code of {old}: the CCAS is the commune's, {name}, code {current} kept",
    },
    "territory_unknown_code": {
        "fr": "code {code} inconnu du Code officiel géographique. Vérifiez-le (ce n'est pas le code "
              "postal) ; "
              "retapez-le pour le garder quand même",
        "en": "code {code} is not in the official geographic code. Check it (it is not the postcode); "
              "type it again to keep it anyway",
    },
    "territory_unknown_code_close": {
        "fr": "code {code} inconnu du Code officiel géographique. D'après le nom de l'organisation : "
              "{names}. "
              "Retapez {code} pour le garder quand même",
        "en": "code {code} is not in the official geographic code. From the organisation's name: {names}. "
              "Type {code} again to keep it anyway",
    },
    "territory_unknown_kept": {
        "fr": "code {code} gardé, bien qu'absent du référentiel des communes de l'outil",
        "en": "code {code} kept, although it is not in the tool's commune referential",
    },
    "territory_info_no_epci": {
        "fr": "{name} n'appartient à aucune intercommunalité à fiscalité propre",
        "en": "{name} belongs to no intercommunality with its own taxation",
    },
    "territory_info_cias": {
        "fr": "{epci} : {count} communes membres, {population:fr} habitants ({names})",
        "en": "{epci}: {count} member communes, {population:en} inhabitants ({names})",
    },
    "territory_info_density": {
        "fr": "Niveau de densité : l'INSEE publie chaque année la « grille communale de densité » à "
              "7 niveaux "
              "(sur insee.fr, cherchez « grille de densité ») ; lisez la ligne du code {code} ({name}). "
              "Elle dépend de la façon dont la population se répartit sur le territoire, pas du nombre "
              "d'habitants.",
        "en": "Density level: INSEE publishes its 7-level 'municipal density grid' every year (on insee.fr, "
              "search for 'grille de densité'); read the row of code {code} ({name}). It depends on how the "
              "population is spread over the territory, not on the number of inhabitants.",
    },
    "territory_warn_unknown": {
        "fr": "code INSEE {code} absent du référentiel des communes (faute de frappe ? code postal ?) : "
              "réponses notées quand même",
        "en": "INSEE code {code} is not in the commune referential (a typo? a postcode?): answers "
              "scored anyway",
    },
    "territory_warn_alias": {
        "fr": "code INSEE {code} ({kind:fr}) lu comme celui d'aujourd'hui : {name} ({current})",
        "en": "INSEE code {code} ({kind:en}) read as today's: {name} ({current})",
    },
    "territory_warn_band": {
        "fr": "tranche de population déclarée « {band:fr} », mais {where} compte {population:fr} habitants "
              "d'après le référentiel : vérifiez la tranche",
        "en": "declared population band '{band:en}', but {where} has {population:en} inhabitants according "
              "to the referential: check the band",
    },
    "territory_kind_ancien": {"fr": "ancien code", "en": "old code"},
    "territory_kind_deleguee": {"fr": "commune déléguée", "en": "delegated commune"},
    "territory_kind_associee": {"fr": "commune associée", "en": "associated commune"},
    "territory_kind_arrondissement": {"fr": "arrondissement municipal", "en": "municipal arrondissement"},
    "territory_warn_name": {
        "fr": "« {org} » ne semble pas être le CCAS/CIAS de {name} ({code}), la commune de son code INSEE : "
              "vérifiez le nom ou le code",
        "en": "'{org}' does not look like the CCAS/CIAS of {name} ({code}), the commune of its INSEE code: "
              "check the name or the code",
    },
    "report_commune": {
        "fr": "{name} ({code}), {departement}, {population:fr} habitants",
        "en": "{name} ({code}), {departement}, {population:en} inhabitants",
    },
    "csv_commune": {"fr": "commune", "en": "commune"},
    "csv_departement_name": {"fr": "nom_departement", "en": "departement_name"},
    "csv_commune_population": {"fr": "population_commune", "en": "commune_population"},
    "csv_epci_siren": {"fr": "siren_epci", "en": "epci_siren"},
    "csv_epci_name": {"fr": "intercommunalite", "en": "intercommunality"},
    "help_batch_departement": {
        "fr": "Suivi de campagne : attend les communes de ce département (37, 2A, 974…) de 1 500 habitants "
              "ou plus ; écrit relance.csv, relance.xlsx et la représentativité du panorama.",
        "en": "Campaign follow-up: expects the communes of this département (37, 2A, 974…) with 1,500 "
              "inhabitants or more; writes relance.csv, relance.xlsx and the panorama's representativeness.",
    },
    "help_batch_expected": {
        "fr": "Suivi de campagne : attend les communes d'une liste (.csv ou .xlsx, une colonne code_insee) "
              "au lieu d'un département.",
        "en": "Campaign follow-up: expects the communes of a list (.csv or .xlsx, a code_insee column) "
              "instead of a département.",
    },
    "campaign_unknown_departement": {
        "fr": "département « {code} » inconnu (codes : 01 à 95, 2A, 2B, 971 à 976…)",
        "en": "unknown département '{code}' (codes: 01 to 95, 2A, 2B, 971 to 976…)",
    },
    "campaign_expected_no_column": {
        "fr": "aucune colonne de code INSEE (code_insee, insee, code, cog…) dans la première ligne",
        "en": "no INSEE code column (code_insee, insee, code, cog…) in the first line",
    },
    "campaign_expected_bad_code": {
        "fr": "« {value} » n'est le code d'aucune commune du référentiel : ligne ignorée",
        "en": "'{value}' is the code of no commune in the referential: line skipped",
    },
    "campaign_expected_empty": {
        "fr": "aucune commune attendue dans cette liste",
        "en": "no expected commune in this list",
    },
    "campaign_title": {"fr": "Représentativité", "en": "Representativeness"},
    "campaign_scope_departement": {
        "fr": "les {expected} communes de 1 500 habitants ou plus du département {dep}, où un CCAS est "
              "obligatoire",
        "en": "the {expected} communes with 1,500 inhabitants or more of département {dep}, where a CCAS is "
              "compulsory",
    },
    "campaign_scope_list": {
        "fr": "les {expected} communes de la liste {file}",
        "en": "the {expected} communes of the list {file}",
    },
    "campaign_summary": {
        "fr": "Attendues : {scope}. Ont répondu, directement ou par le CIAS de leur intercommunalité : "
              "{answered} ({rate}), soit {covered:fr} habitants sur {population:fr} ({population_rate}).",
        "en": "Expected: {scope}. Answered, directly or through the CIAS of their intercommunality: "
              "{answered} ({rate}), that is {covered:en} inhabitants out of {population:en} "
              "({population_rate}).",
    },
    "campaign_col_band": {"fr": "Population", "en": "Population"},
    "campaign_col_expected": {"fr": "Attendues", "en": "Expected"},
    "campaign_col_answered": {"fr": "Ont répondu", "en": "Answered"},
    "campaign_col_rate": {"fr": "Taux", "en": "Rate"},
    "campaign_low_band": {
        "fr": "Tranche « {band} » : {rate} de réponses, moins de la moitié du taux d'ensemble ({overall}) : "
              "le panorama la représente mal",
        "en": "Band '{band}': {rate} answered, less than half the overall rate ({overall}): the panorama "
              "represents it poorly",
    },
    "campaign_outside": {
        "fr": "{count} organisation{count|s} ayant répondu hors des communes attendues (comptées dans "
              "le panorama, pas ici)",
        "en": "{count} organisation{count|s} answered from outside the expected communes (counted in "
              "the panorama, not here)",
    },
    "campaign_relance": {
        "fr": "Qui relancer : relance.csv et relance.xlsx ({count} commune{count|s}, les plus peuplées "
        "d'abord).",
        "en": "Who to remind: relance.csv and relance.xlsx ({count} commune{count|s}, most populated "
        "first).",
    },
    "campaign_all_answered": {
        "fr": "Toutes les communes attendues ont répondu : relance.csv et relance.xlsx sont vides.",
        "en": "Every expected commune answered: relance.csv and relance.xlsx are empty.",
    },
    "csv_relance_code": {"fr": "code_insee", "en": "insee_code"},
    "csv_relance_name": {"fr": "commune", "en": "commune"},
    "csv_relance_population": {"fr": "population", "en": "population"},
    "csv_relance_band": {"fr": "tranche", "en": "band"},
    "campaign_low_band_warning": {"fr": "{text}", "en": "{text}"},
    "territory_missing": {
        "fr": "référentiel des communes illisible ({error}) : réinstallez ccas-compass",
        "en": "the commune referential cannot be read ({error}): reinstall ccas-compass",
    },
    "campaign_both": {
        "fr": "--departement ou --expected, pas les deux : une liste tenue à part remplace le département",
        "en": "--departement or --expected, not both: a list of your own replaces the département",
    },
    "pano_population_rule": {
        "fr": "Chaque organisation est classée selon la population du référentiel des communes (COG) "
              "quand son code INSEE y figure (pour une CIAS, la population totale de son "
              "intercommunalité), selon la tranche qu'elle a déclarée sinon.",
        "en": "Each organisation is placed by the population of the commune referential (COG) when its "
              "INSEE code is in it (for a CIAS, the total population of its intercommunality), by the band "
              "it declared otherwise.",
    },
    "campaign_band_rule": {
        "fr": "Tranches selon la population du référentiel des communes (COG), comme pour « Par taille de "
              "commune » : chaque commune attendue compte dans sa tranche, qu'elle ait répondu par son CCAS "
              "ou par le CIAS de son intercommunalité.",
        "en": "Bands by the population of the commune referential (COG), as in 'By population band': each "
              "expected commune counts in its own band, whether it answered through its CCAS or through "
              "the CIAS of its intercommunality.",
    },
    "report_commune_cias": {
        "fr": "{epci} (SIREN {siren}) : {count} communes, {population:fr} habitants ; siège : {name} "
              "({code}), {departement}",
        "en": "{epci} (SIREN {siren}): {count} communes, {population:en} inhabitants; seat: {name} "
              "({code}), {departement}",
    },
    "profile_epci": {"fr": "Intercommunalité", "en": "Intercommunality"},
    "profile_epci_cias": {
        "fr": "{name} (SIREN {siren}), {count} communes, {population:fr} habitants",
        "en": "{name} (SIREN {siren}), {count} communes, {population:en} inhabitants",
    },
    "commune_lost_zero": {
        "fr": "« {query} » : 4 chiffres ; un tableur a-t-il effacé le zéro initial ? {code} est {name} : "
              "ccas-compass commune {code}",
        "en": "'{query}': 4 digits; did a spreadsheet drop the leading zero? {code} is {name}: "
              "ccas-compass commune {code}",
    },
    "relance_sheet": {"fr": "relance", "en": "reminders"},
    # --- issue 10: the honest mirror, why no figure stands out (statutory core or broad mix) ---
    "intensity_value": {"fr": "{value} des points possibles", "en": "{value} of the possible points"},
    "report_headline_practice": {
        "fr": "Vos pratiques dessinent surtout {practice}.",
        "en": "Your practices mostly draw {practice}.",
    },
    "report_spread_ambition": {
        "fr": "Votre ambition 2050 se répartit entre {figures}, sans pencher vers l'une d'elles.",
        "en": "Your 2050 ambition is spread across {figures}, leaning toward none of them.",
    },
    "report_headline_broad_mix": {
        "fr": "Vos pratiques dessinent plusieurs figures à la fois, sans qu'aucune ne se détache des "
        "autres : {figures} atteignent au moins {floor}. Le mix ci-dessous est indicatif.",
        "en": "Your practices draw several figures at once, none standing out from the others: "
        "{figures} reach at least {floor}. The mix below is indicative.",
    },
    "report_headline_broad_mix_all": {
        "fr": "Vos pratiques dessinent toutes les figures à la fois, sans qu'aucune ne se détache des "
        "autres : chacune atteint au moins {floor}. Le mix ci-dessous est indicatif.",
        "en": "Your practices draw every figure at once, none standing out from the others: each "
        "reaches at least {floor}. The mix below is indicative.",
    },
    "report_headline_broad_mix_one": {
        "fr": "Vos pratiques dessinent {figures}, qui atteint au moins {floor}, sans qu'elle se "
        "détache pour autant : elle ne dépasse pas de {lead} points la médiane des autres figures, "
        "elles aussi dessinées. Le mix ci-dessous est indicatif.",
        "en": "Your practices draw {figures}, which reaches at least {floor}, without it standing out: "
        "it is not {lead} points above the median of the other figures, which are drawn too. The mix "
        "below is indicative.",
    },
    "col_intensity_points": {
        "fr": "Intensité (% des points possibles)",
        "en": "Intensity (% of possible points)",
    },
    "report_mix_indicative_statutory_core": {
        "fr": "Mix indicatif : aucune figure ne se détache. Les parts ci-dessous répartissent des "
        "intensités faibles ; elles ne disent pas vers quelle figure vos pratiques penchent.",
        "en": "Indicative mix: no figure stands out. The shares below spread low intensities; they "
        "do not say which figure your practices lean toward.",
    },
    "report_mix_indicative_broad_mix": {
        "fr": "Mix indicatif : aucune figure ne se détache. Les parts ci-dessous répartissent des "
        "intensités proches les unes des autres ; elles ne disent pas vers quelle figure vos "
        "pratiques penchent.",
        "en": "Indicative mix: no figure stands out. The shares below spread intensities close to "
        "one another; they do not say which figure your practices lean toward.",
    },
    "report_mix_indicative_few_answers": {
        "fr": "Mix indicatif : trop peu de questions de pratiques ont une réponse pour dire si une "
        "figure se détache ; les parts ci-dessous ne disent pas vers quelle figure vos pratiques "
        "penchent.",
        "en": "Indicative mix: too few practice questions are answered to tell whether a figure "
        "stands out; the shares below do not say which figure your practices lean toward.",
    },
    "report_gap_ambition_faint": {
        "fr": "Vos pratiques dessinent encore peu la figure {figure}, que votre ambition 2050 met en "
        "avant ({stated} de l'ambition ; intensité des pratiques : {intensity}).",
        "en": "Your practices draw little of {figure} yet, which your 2050 ambition puts forward "
        "({stated} of the ambition; practice intensity: {intensity}).",
    },
    "report_gap_ambition_drawn": {
        "fr": "Votre ambition 2050 met en avant la figure {figure} ({stated} de l'ambition), que vos "
        "pratiques dessinent déjà en partie (intensité : {intensity}).",
        "en": "Your 2050 ambition puts forward {figure} ({stated} of the ambition), which your "
        "practices already draw in part (intensity: {intensity}).",
    },
    "report_gap_ambition_declared_more": {
        "fr": "L'équipe donne à la figure {figure} plus de place dans son ambition 2050 que dans son "
        "regard d'aujourd'hui : {stated} contre {practice} ({delta} points).",
        "en": "The team gives {figure} more room in its 2050 ambition than in today's view: {stated} "
        "against {practice} ({delta} points).",
    },
    "report_gap_ambition_declared_less": {
        "fr": "L'équipe donne à la figure {figure} moins de place dans son ambition 2050 que dans son "
        "regard d'aujourd'hui : {stated} contre {practice} ({delta} points).",
        "en": "The team gives {figure} less room in its 2050 ambition than in today's view: {stated} "
        "against {practice} ({delta} points).",
    },
    "report_no_gap_indicative": {
        "fr": "Le mix des pratiques étant indicatif, ses parts ne sont pas comparées aux profils "
        "déclarés ; le regard d'aujourd'hui et l'ambition 2050 ne diffèrent de {threshold} points ou "
        "plus pour aucune figure.",
        "en": "The practice mix being indicative, its shares are not compared with the stated "
        "profiles; today's view and the 2050 ambition differ by {threshold} points or more for no "
        "figure.",
    },
    "report_levers_intro_intensity": {
        "fr": "Le mix des pratiques étant indicatif, les ingrédients suivent votre ambition 2050 : pour "
        "les figures auxquelles elle donne au moins {share} et que vos pratiques dessinent encore peu "
        "(moins de {floor}), des exemples d'ingrédients proposés par l'outil, dans l'esprit des "
        "quatre questions de la démarche de l'UNCCAS (espaces, présence, modes d'action, métiers). "
        "Ce n'est pas un catalogue : à piocher selon votre territoire, aucun n'est obligatoire, et "
        "d'autres restent à imaginer.",
        "en": "The practice mix being indicative, the ingredients follow your 2050 ambition: for the "
        "figures it gives at least {share} and your practices draw little yet (under {floor}), "
        "example ingredients suggested by this tool, in the spirit of the four questions of the "
        "UNCCAS work (spaces, presence, ways of acting, jobs). This is no catalogue: pick what fits "
        "your territory; none is required, and others are yours to imagine.",
    },
    "report_levers_none_intensity": {
        "fr": "Le mix des pratiques étant indicatif, les ingrédients suivent votre ambition 2050 : "
        "aucune figure n'y reçoit au moins {share} tout en restant peu dessinée par vos pratiques "
        "(moins de {floor}). `ccas-compass figures --details` liste tous les exemples d'ingrédients.",
        "en": "The practice mix being indicative, the ingredients follow your 2050 ambition: no "
        "figure gets at least {share} of it while your practices draw little of it (under {floor}). "
        "`ccas-compass figures --details` lists every example ingredient.",
    },
    "report_lever_head_intensity": {
        "fr": "{figure} — ambition {ambition}, intensité des pratiques : {intensity}",
        "en": "{figure} — ambition {ambition}, practice intensity: {intensity}",
    },
    "compare_intensity_moves": {
        "fr": "Plus fortes évolutions de l'intensité des pratiques (en % des points possibles) : {items}.",
        "en": "Largest changes in practice intensity (in % of the possible points): {items}.",
    },
    "compare_moves_indicative": {
        "fr": "Évolutions de la part du mix, indicatives (aucune figure ne se détache en {sides}) : "
        "{items}.",
        "en": "Changes in share of the mix, indicative (no figure stands out in {sides}): {items}.",
    },
    "compare_no_mix": {
        "fr": "Pas de part du mix à comparer : toutes les intensités sont nulles en {sides}.",
        "en": "No share of the mix to compare: every intensity is zero in {sides}.",
    },
    "compare_reason_statutory_core": {
        "fr": "(pratiques décrites surtout du socle légal)",
        "en": "(practices described mostly the statutory core)",
    },
    "compare_reason_broad_mix": {
        "fr": "(plusieurs figures dessinées à la fois, aucune devant les autres)",
        "en": "(several figures drawn at once, none ahead of the others)",
    },
    "compare_reason_few_answers": {
        "fr": "(trop peu de réponses pour le dire)",
        "en": "(too few answers to tell)",
    },
    "compare_no_share_move": {
        "fr": "Aucune part du mix n'évolue de {threshold} points ou plus.",
        "en": "No share of the mix changes by {threshold} points or more.",
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
    # --- issue 14: bad or unlucky input ---------------------------------------------------------
    "yaml_alias": {
        "fr": "ancre ou alias YAML (« &{name} », « *{name} ») refusé dans un fichier de réponses : "
              "écrivez chaque réponse en entier",
        "en": "YAML anchor or alias ('&{name}', '*{name}') refused in an answers file: "
              "write each answer out in full",
    },
    "answers_too_large": {
        "fr": "fichier trop gros pour un fichier de réponses (plus de {limit} Mo)",
        "en": "file too large for an answers file (over {limit} MB)",
    },
    "lang_unknown": {
        "fr": "langue « {value} » inconnue : --lang fr ou --lang en",
        "en": "unknown language '{value}': --lang fr or --lang en",
    },
    "team_code_conflict": {
        "fr": "code INSEE {insee} donné par deux organisations aux noms différents, « {first} » et "
              "« {other} » : comptées comme deux équipes (vérifiez le code de l'une d'elles)",
        "en": "INSEE code {insee} given by two organisations with different names, '{first}' and "
              "'{other}': counted as two teams (check the code of one of them)",
    },
    "team_joined_by_name": {
        "fr": "« {name} » sans code INSEE : rattaché à l'équipe du même nom (code {insee})",
        "en": "'{name}' without an INSEE code: joined to the team of the same name (code {insee})",
    },
    "team_name_ambiguous": {
        "fr": "« {name} » sans code INSEE : plusieurs équipes portent ce nom ({codes}), compté à part",
        "en": "'{name}' without an INSEE code: several teams bear this name ({codes}), counted apart",
    },
    "duplicate_submission": {
        "fr": "réponses identiques à celles de {other} (même organisation, répondant, date et réponses) : "
              "comptées une seule fois",
        "en": "answers identical to those of {other} (same organisation, respondent, date and answers): "
              "counted once",
    },
    "pano_doubts": {"fr": "Points à vérifier", "en": "Points to check"},
    "skipped_results_folder": {
        "fr": "dossier de résultats d'un précédent batch, ignoré (ce ne sont pas des réponses)",
        "en": "results folder of an earlier batch, skipped (these are not answers)",
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
    "yaml_escape": {
        "fr": "YAML invalide : « \\ » inconnu entre guillemets doubles (doublez-le, ou utilisez des "
        "guillemets simples)",
        "en": "invalid YAML: unknown '\\' escape inside double quotes (double it, or use single quotes)",
    },
    "yaml_alias_syntax": {
        "fr": "YAML invalide : ancre ou alias (& *) incorrect : {detail}",
        "en": "invalid YAML: bad anchor or alias (& *): {detail}",
    },
    "did_you_mean": {"fr": "vouliez-vous dire « {name} » ?", "en": "did you mean '{name}'?"},
    # --- issue 13: board documents (full questions and options; the profile card) ---
    "team_question_agreement": {"fr": "accord {agreement} %", "en": "agreement {agreement}%"},
    "team_col_respondents": {"fr": "Répondants", "en": "Respondents"},
    "team_no_answer": {"fr": "Sans réponse", "en": "No answer"},
    "profile_territory": {"fr": "Territoire", "en": "Territory"},
}


_PLURAL = re.compile(r"\{(\w+)\|([^{}|]*)(?:\|([^{}|]*))?\}")
"""``{count|s}`` (suffix) or ``{count|a|ont}`` (singular|plural) inside a message."""


def plural(count: object, lang: str, one: str, many: str) -> str:
    """``one`` or ``many`` for ``count``: French keeps the singular for 0 and 1, English for 1 only."""
    try:
        n = abs(float(str(count).replace("\u00a0", "").replace(" ", "").replace(",", ".")))
    except ValueError:
        return many
    return one if (n < 2 if lang != "en" else n == 1) else many


class Bilingual(str):
    """A message parameter known in both languages (a system error's reason, a "did you mean"
    hint): it renders in the message's language (see :func:`message`); as a str, it is English."""

    fr: str

    def __new__(cls, en: str, fr: str) -> Bilingual:
        made = super().__new__(cls, en)
        made.fr = fr
        return made

    def __reduce__(self) -> tuple[type[Bilingual], tuple[str, str]]:  # problems cross processes (batch)
        return (Bilingual, (str(self), self.fr))


_OS_FR = {
    "EISDIR": "c'est un dossier, pas un fichier",
    "EACCES": "permission refusée",
    "EPERM": "opération non permise",
    "ENOENT": "fichier ou dossier introuvable",
    "ENOTDIR": "un élément du chemin n'est pas un dossier",
    "ENOSPC": "plus de place sur le disque",
    "EROFS": "support en lecture seule",
    "ENAMETOOLONG": "nom de fichier trop long",
    "ELOOP": "trop de liens symboliques",
    "EEXIST": "le fichier existe déjà",
    "EIO": "erreur d'entrée-sortie",
}


def did_you_mean(word: str, candidates: Iterable[str]) -> Bilingual:
    """`` — did you mean 'x'?`` for the candidate closest to a misspelt ``word``, or nothing."""
    import difflib

    near = difflib.get_close_matches(word.lower(), list(candidates), n=1, cutoff=0.75)
    if not near or near[0] == word:
        return Bilingual("", "")
    return Bilingual(f"; did you mean '{near[0]}'?", f" ; vouliez-vous dire « {near[0]} » ?")


def os_reason(err: OSError) -> Bilingual:
    """The reason of a system error, in French or English when the message is rendered."""
    import errno

    english = err.strerror or type(err).__name__
    name = errno.errorcode.get(err.errno or 0, "")
    return Bilingual(english, _OS_FR.get(name, english))


def _template(key: str, lang: str) -> str:
    entry = MESSAGES[key]
    return entry.get(lang, entry[DEFAULT_LANG])


def message(key: str, lang: str, /, **params: object) -> str:
    """The catalogue's text for ``key`` in ``lang``, filled with ``params``.

    ``{count|s}`` and ``{count|a|ont}`` agree with the number ``count`` (see :func:`plural`).
    """
    if key not in MESSAGES:
        return f"{key} {params}" if params else key
    text = _template(key, lang)
    if "|" in text:

        def agree(m: re.Match[str]) -> str:
            one, many = ("", m.group(2)) if m.group(3) is None else (m.group(2), m.group(3))
            return plural(params.get(m.group(1), 2), lang, one, many)

        text = _PLURAL.sub(agree, text)
    if lang != "en":
        params = {k: v.fr if isinstance(v, Bilingual) else v for k, v in params.items()}
    if "{hint}" in text and "hint" not in params:
        params = {**params, "hint": ""}
    return text.format(**params)
