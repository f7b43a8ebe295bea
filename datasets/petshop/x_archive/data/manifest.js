window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1102345678901234567",
    "userName" : "mungmung_shop",
    "displayName" : "멍멍상회"
  },
  "archiveInfo" : {
    "sizeBytes" : "0",
    "generationDate" : "2026-07-01T00:12:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "348"
        }
      ]
    },
    "follower" : {
      "files" : [
        {
          "fileName" : "data/follower.js",
          "globalName" : "YTD.follower.part0",
          "count" : "938"
        }
      ]
    }
  }
}