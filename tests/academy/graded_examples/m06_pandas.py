"""Wrong answers for 06-pandas' graded set: ``WRONG[name][i]`` shows mistake ``i``."""

import warnings

import pandas as pd

from academy.data import data_path

SALES = pd.read_csv(data_path("bakery/sales_cp949.csv"), encoding="cp949")
AMOUNT = SALES["금액"].str.replace(",", "").str.replace("원", "").astype(int)
SALT = SALES["품목"] == "소금빵"


def _set_price_chained(menu, item, price):
    with warnings.catch_warnings():  # pandas warns (ChainedAssignmentError); the learner sees it
        warnings.simplefilter("ignore")
        menu["가격"][menu["품목"] == item] = price
    return menu


def _set_price_everywhere(menu, item, price):
    menu["가격"] = price
    return menu


WRONG = {
    "to_won": [
        lambda s: s.replace(",", "").replace("원", "").astype(int),
        lambda s: s.str.replace(",", "").str.replace("원", ""),
        lambda s: s.str.replace(",", "").str.replace("원", "").astype(float),
        lambda s: [int(t.replace(",", "").replace("원", "")) for t in s],
    ],
    "big_sales": [
        lambda df, minimum: df["금액_원"] >= minimum,
        lambda df, minimum: df[df["금액_원"] > minimum],
        lambda df, minimum: df["금액_원"][df["금액_원"] >= minimum],
    ],
    "top_posts": [
        lambda posts, n: posts.sort_values("Likes").head(n),
        lambda posts, n: posts.sort_values("Likes").tail(n),
        lambda posts, n: posts.sort_values("Likes", ascending=False).head(),
    ],
    "set_price": [
        _set_price_chained,
        lambda menu, item, price: menu[menu["품목"] == item].assign(가격=price),
        _set_price_everywhere,
    ],
    "salt_bread_revenue": [
        "7,000원3,500원",
        int(SALT.sum()),
        int(SALES.loc[SALT, "수량"].sum()),
        int(AMOUNT.sum()),
        AMOUNT[SALT].sum(),
    ],
}
