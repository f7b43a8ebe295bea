"""Wrong answers for the graded exercise sets, one per declared mistake, in order.

They live with the tests, not in the package learners import: a wrong answer that shows a
likely mistake is a near-answer. ``academy exercises seal`` digests the ones a ``Mistake(gives=...)``
needs; ``tests/academy/test_exercises.py`` proves every mistake recognises its example.
"""
