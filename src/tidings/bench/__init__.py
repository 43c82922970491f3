"""Benchmarks (DESIGN.md §4): timing lives here, never in tests.

- `corpus`: bare spaCy and the pipeline over a corpus, interleaved; the pipeline's memory alone.
- `startup`: a fresh `tidings read` against a fresh bare spaCy load and parse.
- `lengths`: generated articles of growing length, and hostile shapes, per component.
- `ingest`: ingest throughput with 1 and more (Ray) workers, the scaling, memory per worker.
- `guard` (`tidings bench hostile`): bare spaCy and the pipeline over the hostile corpus, the
  multiple the hostile tests' timeout guard allows.
- `texts`: the generated articles and hostile shapes; `hostile`: the hostile corpus made of them
  and of a few hundred light cases (the hostile-input tests use both).
"""
