"""The closed code lists of the data dictionary (`shared/domain/records.md`).

Codes are the interchange form's values. Their labels in kk, lt, ru and en live in reference
data (`resources/reference/labels.json`, one entry per list and code), not here.
"""

from __future__ import annotations

# Each list keeps the order of records.md: pickers show codes in this order.
CODE_LISTS: dict[str, tuple[str, ...]] = {
    "kind": ("border_violation", "contraband_detention", "forged_document", "drug_intel"),
    "status": ("draft", "approved", "exported", "acknowledged", "withdrawn"),
    "third_party": ("allowed", "consent_required"),
    "role": ("violator", "detainee", "holder", "maker", "courier", "organizer", "recipient",
             "manufacturer", "financier", "witness", "other"),
    "sex": ("M", "F", "X", "unknown"),
    "document_type": ("passport", "id_card", "visa", "residence_permit", "seaman_book",
                      "border_crossing_card", "driving_licence", "vehicle_document", "other"),
    "direction": ("entry", "exit"),
    "section": ("bcp", "green", "blue", "air"),
    "method": ("on_foot", "hidden_in_vehicle", "hidden_in_cargo", "by_water", "false_documents",
               "avoiding_control", "other"),
    "detected_by": ("patrol", "bcp_check", "surveillance_tech", "tip_off", "other_agency",
                    "other"),
    "outcome": ("detained", "refused_entry", "returned", "handed_over", "administrative_case",
                "criminal_case", "escaped"),
    "item_category": ("narcotic_drug", "psychotropic", "precursor", "firearm", "ammunition",
                      "explosive", "toxic", "radioactive"),
    "unit": ("g", "kg", "ml", "l", "pcs", "tablets", "rounds", "Bq"),
    "concealment_method": ("body_internal", "body_worn", "luggage_false_bottom", "luggage",
                           "vehicle_natural_cavity", "vehicle_built_compartment",
                           "vehicle_fuel_tank", "cargo_mixed", "postal", "other"),
    "detection": ("xray", "dog", "physical_search", "risk_profiling", "intelligence",
                  "radiation_monitor", "document_check", "random_check", "other"),
    "conveyance_mode": ("road", "rail", "air", "sea", "river", "pedestrian", "postal"),
    "act": ("use", "manufacture", "possession"),
    "forgery": ("counterfeit", "pseudo", "photo_substitution", "page_substitution",
                "data_alteration", "false_stamp", "stolen_blank", "fraudulently_obtained",
                "impostor"),
    "document_detected_by": ("visual", "uv", "ir", "magnifier", "document_examiner",
                             "database_hit", "other"),
    "topic": ("persons", "concealment", "detection", "route", "new_substance", "equipment",
              "diversion"),
    "substance_form": ("powder", "tablets", "liquid", "plant", "blotter", "other"),
    "evaluation_source": ("A", "B", "C", "D", "X"),
    "evaluation_information": ("1", "2", "3", "4"),
    "officer_role": ("officer", "supervisor"),
    "mode": ("post", "hq"),
    "party": ("KZ", "LT"),
}

ART6_KINDS = ("border_violation", "contraband_detention", "forged_document")

# The Agreement's article for each kind (shown beside the kind everywhere).
KIND_ARTICLE = {
    "border_violation": "6.1.1",
    "contraband_detention": "6.1.2",
    "forged_document": "6.1.3",
    "drug_intel": "4",
}

# ISO 3166-1 alpha-3 of each Party, and the codes that are not countries.
PARTY_ALPHA3 = {"KZ": "KAZ", "LT": "LTU"}
STATELESS = "XXA"
UNKNOWN_CITIZENSHIP = "XXX"



def other_party(party: str) -> str:
    return "LT" if party == "KZ" else "KZ"
