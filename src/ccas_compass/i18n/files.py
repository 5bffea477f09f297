"""Messages: reading files, validating documents, checking the model."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- reading files -------------------------------------------------------------------------
    "file_missing": {"fr": "fichier introuvable", "en": "file not found"},
    "file_unreadable": {"fr": "lecture impossible ({reason})", "en": "cannot read ({reason})"},
    "path_is_folder": {
        "fr": "ce chemin est un dossier ; un fichier est attendu",
        "en": "this path is a folder; a file is expected",
    },
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
}
