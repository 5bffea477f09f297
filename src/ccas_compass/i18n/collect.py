"""Messages: online collection: the XLSForm export, survey tools' exports, mappings."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
}
