"""Messages: messages whose block no rule placed (move them where they belong)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
}
