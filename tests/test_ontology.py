"""The product's CAMEO / Goldstein / PLOVER tables, cross-checked against the reference copies."""

from __future__ import annotations

import re

import pytest

from conftest import reference
from tidings.knowledge.ontology import cameo_codes, event_code, plover_types

ADDED_CODES = {"106"}  # split out of the upstream 1056 line (see the data file header)
# Where the table contradicts the manual's definitions, the manual's type (see the data file header).
MANUAL_OVER_TABLE = {"0813": "CONCEDE", "0814": "CONCEDE", "0831": "RETREAT", "163": "SANCTION"}


def _reference_table(name: str) -> dict[str, str]:
    lines = reference(name).read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.rstrip("\r").split("\t", 1) for line in lines if line.strip())


def _manual_categories() -> set[str]:
    manual = reference("PLOVER_MANUAL.sections.tex").read_text(encoding="utf-8")
    return set(re.findall(r"\\section\{([A-Z]+)\}", manual))


def test_event_codes_equal_the_gdelt_lookup_plus_the_split_entry() -> None:
    assert set(cameo_codes()) == set(_reference_table("CAMEO.eventcodes.txt")) | ADDED_CODES


def test_goldstein_values_equal_the_gdelt_lookup() -> None:
    for code, value in _reference_table("CAMEO.goldsteinscale.txt").items():
        assert event_code(code).goldstein == float(value), code


def test_every_plover_type_is_a_category_of_the_manual() -> None:
    assert plover_types() <= _manual_categories()


def test_every_code_outside_plain_statements_maps_to_a_plover_type() -> None:
    unmapped = {code for code, entry in cameo_codes().items() if entry.plover is None}
    assert unmapped and all(code.startswith("01") for code in unmapped)


def test_mapping_follows_the_conversion_table_where_it_has_a_code() -> None:
    table = {}
    for line in reference("CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        if ":" in line and not line.startswith("#"):
            code, rest = line.split(":", 1)
            table.setdefault(code.strip(), rest.split(",")[0].split("#")[0].strip())
    for code, entry in cameo_codes().items():
        if code in table and code not in ADDED_CODES:
            assert entry.plover == MANUAL_OVER_TABLE.get(code, table[code]), code


def test_quad_class_follows_the_cameo_root() -> None:
    assert {event_code(c).quad_class for c in ("01", "036", "043")} == {1}
    assert {event_code(c).quad_class for c in ("057", "073", "0874")} == {2}
    assert {event_code(c).quad_class for c in ("090", "112", "1384")} == {3}
    assert {event_code(c).quad_class for c in ("141", "163", "173", "186", "195", "2042")} == {4}


def test_known_upstream_quirks_are_repaired() -> None:
    assert event_code("044").description == "Meet at a 'third' location"
    assert event_code("1056").description == "Demand de-escalation of military engagement"
    assert event_code("106").description == "Demand withdrawal"


def test_unknown_code_is_a_key_error_naming_it() -> None:
    with pytest.raises(KeyError, match="999"):
        event_code("999")
