"""The task chain at first contact (``benchmarks/task_forward.py``): a rules' task is scored
as the model scores the piece of text it is."""

from ttdn.importer.extract.learned import Model
from ttdn.importer.extract.task_choice import candidates
from ttdn.importer.tests.corpus import training_script

task_forward = training_script("task_forward")

TEXT = (
    "Kết luận hội nghị, đồng chí Phó Chủ tịch yêu cầu các sở, ngành: tăng cường tuyên truyền "
    "về biên giới; đẩy mạnh quảng bá hình ảnh tỉnh.\n"
)


def test_a_rules_task_is_scored_as_the_piece_it_covers():
    model = Model({"w0=đẩy": 4.0, "w0=tăng": -4.0}, intercept=0.0, threshold=0.5)
    pieces = candidates(TEXT)
    start = TEXT.index("đẩy mạnh")
    end = TEXT.index(" tỉnh.") + len(" tỉnh")
    assert task_forward._piece_score(model, pieces, start, end) > 0.98
    start = TEXT.index("tăng cường")
    end = TEXT.index(";")
    assert task_forward._piece_score(model, pieces, start, end) < 0.02
    # a task the rules did not place, or one no piece covers well enough, has no score
    assert task_forward._piece_score(model, pieces, None, None) is None
    assert task_forward._piece_score(model, pieces, start, start + 4) is None


def test_f1():
    assert task_forward._f1(0, 0, 0) == 0.0
    assert task_forward._f1(52, 80, 102) == 0.571
