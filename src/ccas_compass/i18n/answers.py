"""Messages: answers files and their checks."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
}
