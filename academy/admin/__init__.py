"""Instructor and district-admin tools: the `academy` command, the course, the syllabus, deadlines."""
