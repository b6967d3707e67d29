"""The cyclic garbage collector is paused while a large document is cleaned, and only then."""
import gc
import threading

import cleaner
from cleaner import collector
from cleaner.rules import Rule

PARAGRAPH = "The council met on Monday to discuss the damage the river did to the quay and the town.\n\n"


def _cleaner_watching_the_collector(**options) -> tuple[cleaner.Cleaner, list[bool]]:
    """A cleaner with one more rule, which notes whether the collector is on when it judges."""
    seen: list[bool] = []

    class Watch(Rule):  # (a Python subclass, also of the compiled class)
        def __init__(self):
            self.name = "watch.collector"

        def judge(self, doc):
            seen.append(gc.isenabled())
            return ()

    text = cleaner.Cleaner(input_kind="text", **options)
    text.rules = text.rules + (Watch(),)
    return text, seen


def test_a_large_document_is_cleaned_with_the_collector_paused_and_it_resumes():
    text, seen = _cleaner_watching_the_collector()
    large = PARAGRAPH * (collector.PAUSE_FROM // len(PARAGRAPH) + 1)
    assert gc.isenabled()
    text.clean(large)
    assert seen and not any(seen)
    assert gc.isenabled()


def test_a_caller_can_ask_that_the_collector_is_left_alone():
    text, seen = _cleaner_watching_the_collector(pause_collector=False)
    text.clean(PARAGRAPH * (collector.PAUSE_FROM // len(PARAGRAPH) + 1))
    assert seen and all(seen)


def test_a_small_document_leaves_the_collector_alone():
    text, seen = _cleaner_watching_the_collector()
    text.clean(PARAGRAPH * 3)
    assert seen and all(seen)


def test_a_collector_the_caller_switched_off_stays_off():
    text, _ = _cleaner_watching_the_collector()
    gc.disable()
    try:
        text.clean(PARAGRAPH * (collector.PAUSE_FROM // len(PARAGRAPH) + 1))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_pauses_resume_when_the_last_ends():
    first_in, first_may_end = threading.Event(), threading.Event()

    def first():
        with collector.paused():
            first_in.set()
            first_may_end.wait(10)

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(10)
    with collector.paused():
        pass
    assert not gc.isenabled()  # the first pause still runs
    first_may_end.set()
    thread.join(10)
    assert gc.isenabled()


def test_a_pause_ends_when_the_clean_fails():
    try:
        with collector.paused():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()
