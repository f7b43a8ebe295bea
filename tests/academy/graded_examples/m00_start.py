"""Wrong answers for 00-start's graded set: ``WRONG[name][i]`` shows mistake ``i``."""

WRONG = {
    "my_name": ["", 2026, None],
    "run_key": ["4", "잘 모르겠어요", 5, 1, 2, 3],
    "coffee_total": ["4500 * 3 + 3000 * 2", (4, 1503, 0), 4500 + 3 + 3000 + 2, 4500 * 3, (4500 + 3000) * (3 + 2)],
    "error_name": [404, "NameError: name 'bread_price' is not defined", "nameerror", "SyntaxError", "TypeError",
                   "이름 오류"],
    "after_restart": ["2", "잘 모르겠어요", 5, 1, 3, 4],
    "submit_steps": ["3", "잘 모르겠어요", 5, 1, 2, 4],
}
