import ccas_compass


def test_public_api_scores_the_example() -> None:
    from tests.helpers import EXAMPLE

    model = ccas_compass.load_model()
    answers = ccas_compass.load_answers(EXAMPLE, model)
    result = ccas_compass.score(model, answers)
    assert [s.id for s in result.practice] == list(model.figure_ids)
    assert abs(sum(s.share or 0 for s in result.practice) - 100) < 1e-9
    assert ccas_compass.__version__


def test_unknown_attribute() -> None:
    import pytest

    with pytest.raises(AttributeError):
        _ = ccas_compass.nothing_here  # the package's __getattr__ (the lazy version) raises
