"""Step 8, feedback: nbgrader preprocessors (steps) and the Korean feedback page (page)."""
