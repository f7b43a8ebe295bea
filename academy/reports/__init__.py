"""Step 9, reports: class and city reports from the gradebook (grades)."""
