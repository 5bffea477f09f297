"""Messages: the territory: commune referential, commune command, campaign follow-up."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
    "csv_epci_population": {"fr": "population_intercommunalite", "en": "intercommunality_population"},
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
    "campaign_none_expected": {
        "fr": "aucune des {count} organisation{count|s} du lot n'est parmi les communes attendues "
              "({value}) : vérifiez le code donné à --departement ou la liste de --expected",
        "en": "none of the batch's {count} organisation{count|s} is among the expected communes "
              "({value}): check the code given to --departement or the list given to --expected",
    },
    "campaign_low_band_see": {
        "fr": "{count} tranche{count|s} de population {count|représentée|représentées} trop faiblement : "
              "voir « Représentativité » ci-dessus",
        "en": "{count} population band{count|s} poorly represented: see 'Representativeness' above",
    },
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
              "quand son code INSEE y figure (pour un CIAS, la population totale de son "
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
}
