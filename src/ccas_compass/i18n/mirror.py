"""Messages: what stands out, questionnaire versions, content checks, the validation corpus."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- issue 10: the honest mirror (standing out, versions, content checks, corpus) ---------
    "report_headline_none": {
        "fr": "Aucune figure ne se détache encore de vos pratiques : celles que vous décrivez relèvent "
        "surtout du socle légal du CCAS/CIAS (accueil, aides, accès aux droits, domiciliation, ABS, "
        "registre), et aucune des figures du « CCAS en 2050 » n'atteint {floor}.",
        "en": "No figure stands out in your practices yet: those you describe are mostly the statutory "
        "core of a CCAS/CIAS (reception, aid, access to rights, postal address for people without one, "
        "social needs analysis, vulnerable persons register), and none of the \"CCAS in 2050\" figures "
        "reaches {floor}.",
    },
    "report_headline_none_highest": {
        "fr": "Aucune figure ne se détache encore de vos pratiques : la plus dessinée, {figure}, en est à "
        "{value}, sous le seuil de {floor} ; l'essentiel de ce que vous décrivez relève du socle légal "
        "du CCAS/CIAS (accueil, aides, accès aux droits, domiciliation, ABS, registre).",
        "en": "No figure stands out in your practices yet: the most drawn, {figure}, is at {value}, "
        "under the {floor} threshold; most of what you describe is the statutory core of a CCAS/CIAS "
        "(reception, aid, access to rights, postal address for people without one, social needs "
        "analysis, vulnerable persons register).",
    },
    "report_headline_few_answers": {
        "fr": "Trop peu de réponses aux questions de pratiques ({coverage}, moins de {minimum}) pour dire "
        "si une figure se détache.",
        "en": "Too few practice questions answered ({coverage}, under {minimum}) to tell whether a "
        "figure stands out.",
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
    "standing_some": {
        "fr": "se détache{count|nt} : {figures}",
        "en": "figure{count|s} standing out: {figures}",
    },
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
        "autres : {figures} atteignent au moins {floor}.",
        "en": "Your practices draw several figures at once, none standing out from the others: "
        "{figures} reach at least {floor}.",
    },
    "report_headline_broad_mix_all": {
        "fr": "Vos pratiques dessinent toutes les figures à la fois, sans qu'aucune ne se détache des "
        "autres : chacune atteint au moins {floor}.",
        "en": "Your practices draw every figure at once, none standing out from the others: each "
        "reaches at least {floor}.",
    },
    "report_headline_broad_mix_one": {
        "fr": "Vos pratiques dessinent {figures}, qui atteint au moins {floor}, sans qu'elle se "
        "détache pour autant : elle ne dépasse pas de {lead} points la médiane des autres figures, "
        "elles aussi dessinées.",
        "en": "Your practices draw {figures}, which reaches at least {floor}, without it standing out: "
        "it is not {lead} points above the median of the other figures, which are drawn too.",
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
    "report_no_gap_indicative_single": {
        "fr": "Le mix des pratiques étant indicatif, ses parts ne sont pas comparées aux profils "
        "déclarés ; le regard d'aujourd'hui et l'ambition 2050 ne sont pas comparés non plus, l'un des "
        "deux n'étant pas renseigné.",
        "en": "The practice mix being indicative, its shares are not compared with the stated "
        "profiles; today's view and the 2050 ambition are not compared either, one of them not "
        "being given.",
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
    "compare_two_organisations": {
        "fr": "A et B sont deux organisations différentes (« {a} », « {b} ») : les écarts les comparent "
        "l'une à l'autre, ils ne décrivent pas une évolution",
        "en": "A and B are two different organisations ('{a}', '{b}'): the differences compare one with "
        "the other, they do not describe a change over time",
    },
}
