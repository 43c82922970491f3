"""`tidings bench lengths --memory`: the peak memory of a fresh process reading one of the
benchmark's texts, with bare spaCy and with the pipeline."""

from tidings.bench.lengths import peak_mb


def test_the_peak_memory_of_each_reader_is_measured_in_its_own_process():
    bare = peak_mb("a million days ago", "bare", [])
    pipeline = peak_mb("a million days ago", "pipeline", [])
    assert 50 < bare < pipeline  # the pipeline holds its knowledge besides the model
