window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "hello@mungmung.example",
      "createdVia" : "web",
      "username" : "mungmung_shop",
      "accountId" : "1102345678901234567",
      "createdAt" : "2019-03-02T01:02:03.000Z",
      "accountDisplayName" : "멍멍상회"
    }
  }
]