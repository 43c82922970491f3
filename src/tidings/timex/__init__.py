"""Time expressions: found in text and normalized to TIMEX3 values. Pure functions, no spaCy.

- `lexicon`: the calendar words, numbers, vague phrases and holidays of the `timex_*` data files.
- `grammar`: the recognizer, a regular grammar built from the lexicon (longest match wins).
- `calendar`: date arithmetic within the years 0001-9999, the range TIMEX3 and `datetime` share.
- `values`: TIMEX3 values written out (types, precisions, periods).
- `normalize`: a found expression's value and mod, anchored on the publication date (or, for
  "that year", "the following day", on the date the text gave last).

The times stage (`tidings.stages.times`) adds what needs the parse: the tense of the governing
verb and the parser's DATE entities.
"""
