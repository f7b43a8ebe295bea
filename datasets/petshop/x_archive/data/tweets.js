window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rYQLyM3YKH",
            "expanded_url" : "https://mungmung.example/shop/547",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "14",
      "id_str" : "2071928944729877381",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2071928944729877381",
      "created_at" : "Tue Jun 30 12:08:49 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/rYQLyM3YKH",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "32",
      "id_str" : "2071543176252497465",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2071543176252497465",
      "created_at" : "Mon Jun 29 10:35:55 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 닭가슴살 육포 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ge3kU2Nvup",
            "expanded_url" : "https://mungmung.example/shop/103",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "30",
      "id_str" : "2071008339384207929",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2071008339384207929",
      "created_at" : "Sat Jun 27 23:10:40 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/ge3kU2Nvup",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "25",
      "id_str" : "2070843664611271853",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2070843664611271853",
      "created_at" : "Sat Jun 27 12:16:18 +0000 2026",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "14",
      "id_str" : "2070356073732012711",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2070356073732012711",
      "created_at" : "Fri Jun 26 03:58:47 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "39",
              "42"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/0zznxTbBhF",
            "expanded_url" : "https://mungmung.example/shop/362",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "20",
      "id_str" : "2068947841100873217",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2068947841100873217",
      "created_at" : "Mon Jun 22 06:42:59 +0000 2026",
      "favorited" : false,
      "full_text" : "웰시코기 호두가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/0zznxTbBhF",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/IRSoxTFCYj",
            "expanded_url" : "https://mungmung.example/shop/646",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "39",
              "62"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "21",
      "id_str" : "2068584168275370807",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2068584168275370807",
      "created_at" : "Sun Jun 21 06:37:52 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 시바 두부 🐕 오늘 날씨 최고예요. #산책 #댕댕이 https://t.co/IRSoxTFCYj",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "35",
              "41"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "42",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "25",
      "id_str" : "2068181139211573407",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2068181139211573407",
      "created_at" : "Sat Jun 20 03:56:23 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 치즈볼 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "20",
      "id_str" : "2067850552376942610",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2067850552376942610",
      "created_at" : "Fri Jun 19 06:02:45 +0000 2026",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "21",
      "id_str" : "2067579360255741902",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2067579360255741902",
      "created_at" : "Thu Jun 18 12:05:07 +0000 2026",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/SeZ6PLDvYA",
            "expanded_url" : "https://mungmung.example/shop/237",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "13",
      "id_str" : "2067252513618828510",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2067252513618828510",
      "created_at" : "Wed Jun 17 14:26:21 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/SeZ6PLDvYA",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "55",
              "58"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "59",
              "63"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "2066367083983079566",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2066367083983079566",
      "created_at" : "Mon Jun 15 03:47:58 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 진돗개 누리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/yHeFoF1YDY",
            "expanded_url" : "https://mungmung.example/shop/495",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "50",
      "id_str" : "2065938765024309735",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2065938765024309735",
      "created_at" : "Sat Jun 13 23:25:59 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/yHeFoF1YDY",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "17",
      "id_str" : "2065603898682204104",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2065603898682204104",
      "created_at" : "Sat Jun 13 01:15:21 +0000 2026",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/nzNhAZlupr",
            "expanded_url" : "https://mungmung.example/shop/523",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "11",
      "id_str" : "2065441657290928921",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065441657290928921",
      "created_at" : "Fri Jun 12 14:30:39 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/nzNhAZlupr",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gsWetsSDCA",
            "expanded_url" : "https://mungmung.example/shop/251",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "39",
              "62"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "30",
      "id_str" : "2064955463693451828",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2064955463693451828",
      "created_at" : "Thu Jun 11 06:18:42 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 시바 두부 🐕 오늘 날씨 최고예요. #산책 #댕댕이 https://t.co/gsWetsSDCA",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "15",
      "id_str" : "2064689476114526889",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2064689476114526889",
      "created_at" : "Wed Jun 10 12:41:45 +0000 2026",
      "favorited" : false,
      "full_text" : "말티즈 콩이가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "41",
      "id_str" : "2064126088463675101",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2064126088463675101",
      "created_at" : "Mon Jun 08 23:23:03 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "39",
              "42"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "23",
      "id_str" : "2063969258122279279",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2063969258122279279",
      "created_at" : "Mon Jun 08 12:59:52 +0000 2026",
      "favorited" : false,
      "full_text" : "웰시코기 호두가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/oO1Ul6kIiT",
            "expanded_url" : "https://mungmung.example/shop/597",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "17",
      "id_str" : "2063630776019568876",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2063630776019568876",
      "created_at" : "Sun Jun 07 14:34:52 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/oO1Ul6kIiT",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/VmPSO1ofex",
            "expanded_url" : "https://mungmung.example/shop/941",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "17",
      "id_str" : "2063206843202901489",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2063206843202901489",
      "created_at" : "Sat Jun 06 10:30:18 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/VmPSO1ofex",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "32",
              "35"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "36",
              "40"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ytgXDrqOPj",
            "expanded_url" : "https://mungmung.example/shop/875",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "41",
              "64"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "40",
      "id_str" : "2062838610298761226",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2062838610298761226",
      "created_at" : "Fri Jun 05 10:07:05 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 웰시코기 호두 🐕 오늘 날씨 최고예요. #산책 #댕댕이 https://t.co/ytgXDrqOPj",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "20",
      "id_str" : "2062510841440041211",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2062510841440041211",
      "created_at" : "Thu Jun 04 12:24:38 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "32",
              "35"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "36",
              "40"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "35",
      "id_str" : "2061988138873137891",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2061988138873137891",
      "created_at" : "Wed Jun 03 01:47:36 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 웰시코기 호두 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "24",
      "id_str" : "2061752095240114183",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2061752095240114183",
      "created_at" : "Tue Jun 02 10:09:39 +0000 2026",
      "favorited" : false,
      "full_text" : "진돗개 누리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "7",
      "id_str" : "2061458538296468589",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2061458538296468589",
      "created_at" : "Mon Jun 01 14:43:10 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "9",
      "id_str" : "2060976547068772119",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2060976547068772119",
      "created_at" : "Sun May 31 06:47:54 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 진돗개 누리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "22",
      "id_str" : "2060675118557229433",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2060675118557229433",
      "created_at" : "Sat May 30 10:50:08 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 고구마 말랭이 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "20",
      "id_str" : "2060137604200490845",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2060137604200490845",
      "created_at" : "Thu May 28 23:14:15 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/HRxjNKgFd9",
            "expanded_url" : "https://mungmung.example/shop/967",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "18",
      "id_str" : "2059832525071246841",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2059832525071246841",
      "created_at" : "Thu May 28 03:01:58 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/HRxjNKgFd9",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/jMSk1QZ0h0",
            "expanded_url" : "https://mungmung.example/shop/471",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "28",
      "id_str" : "2059470102310697261",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2059470102310697261",
      "created_at" : "Wed May 27 03:01:50 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/jMSk1QZ0h0",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "54",
              "58"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "59",
              "63"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "2059280201443709031",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2059280201443709031",
      "created_at" : "Tue May 26 14:27:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "56",
              "62"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "63",
              "66"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "0",
      "id_str" : "2058728168134330645",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2058728168134330645",
      "created_at" : "Mon May 25 01:53:39 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 수제 닭가슴살 육포 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "19",
      "id_str" : "2058518921653003618",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2058518921653003618",
      "created_at" : "Sun May 24 12:02:11 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "54",
              "57"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "58",
              "62"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "2058067904474958940",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2058067904474958940",
      "created_at" : "Sat May 23 06:10:00 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "10",
      "id_str" : "2057667324398779477",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2057667324398779477",
      "created_at" : "Fri May 22 03:38:14 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/y8rdj1cyCb",
            "expanded_url" : "https://mungmung.example/shop/249",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "6",
      "id_str" : "2057471906158460918",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2057471906158460918",
      "created_at" : "Thu May 21 14:41:43 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/y8rdj1cyCb",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "39",
              "42"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "31",
      "id_str" : "2056886004068277698",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2056886004068277698",
      "created_at" : "Tue May 19 23:53:33 +0000 2026",
      "favorited" : false,
      "full_text" : "웰시코기 호두가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "18",
      "id_str" : "2056549422359614066",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2056549422359614066",
      "created_at" : "Tue May 19 01:36:05 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 연어 큐브 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/htuY8Q6tC9",
            "expanded_url" : "https://mungmung.example/shop/930",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "24",
      "id_str" : "2055901518889063884",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2055901518889063884",
      "created_at" : "Sun May 17 06:41:33 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/htuY8Q6tC9",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "16",
      "id_str" : "2055496827261171188",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2055496827261171188",
      "created_at" : "Sat May 16 03:53:27 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "12",
      "id_str" : "2055296248598505065",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2055296248598505065",
      "created_at" : "Fri May 15 14:36:25 +0000 2026",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "45",
              "51"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "2054731815746607436",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2054731815746607436",
      "created_at" : "Thu May 14 01:13:34 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 이번 주말 치즈볼 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "49",
              "55"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "0",
      "id_str" : "2054516240106471273",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2054516240106471273",
      "created_at" : "Wed May 13 10:56:57 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "13",
      "id_str" : "2054093905608848863",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2054093905608848863",
      "created_at" : "Tue May 12 06:58:44 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "39",
              "42"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/MhRPQWQkrb",
            "expanded_url" : "https://mungmung.example/shop/957",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "23",
      "id_str" : "2053649456099619297",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2053649456099619297",
      "created_at" : "Mon May 11 01:32:39 +0000 2026",
      "favorited" : false,
      "full_text" : "웰시코기 호두가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/MhRPQWQkrb",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "10",
      "id_str" : "2053358668455573103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2053358668455573103",
      "created_at" : "Sun May 10 06:17:10 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "35",
              "41"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "42",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "40",
      "id_str" : "2053060665639784120",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2053060665639784120",
      "created_at" : "Sat May 09 10:33:01 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 치즈볼 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "39",
              "42"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/XpSExZFMBq",
            "expanded_url" : "https://mungmung.example/shop/535",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "25",
      "id_str" : "2052588868260416410",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2052588868260416410",
      "created_at" : "Fri May 08 03:18:16 +0000 2026",
      "favorited" : false,
      "full_text" : "웰시코기 호두가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/XpSExZFMBq",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "12",
      "id_str" : "2052034395880684772",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2052034395880684772",
      "created_at" : "Wed May 06 14:34:59 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "24",
      "id_str" : "2051502843132906477",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2051502843132906477",
      "created_at" : "Tue May 05 03:22:47 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "43",
      "id_str" : "2051081981692811591",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2051081981692811591",
      "created_at" : "Sun May 03 23:30:26 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "39",
              "42"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "25",
      "id_str" : "2050826514777839545",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2050826514777839545",
      "created_at" : "Sun May 03 06:35:18 +0000 2026",
      "favorited" : false,
      "full_text" : "웰시코기 호두가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "34",
      "id_str" : "2050555625075672408",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2050555625075672408",
      "created_at" : "Sat May 02 12:38:53 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 푸들 보리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "14",
      "id_str" : "2050221797552696332",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2050221797552696332",
      "created_at" : "Fri May 01 14:32:22 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "10",
      "id_str" : "2049855300576524171",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049855300576524171",
      "created_at" : "Thu Apr 30 14:16:02 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "25",
      "id_str" : "2049323511982283055",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2049323511982283055",
      "created_at" : "Wed Apr 29 03:02:54 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "9",
      "id_str" : "2049073172743483241",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049073172743483241",
      "created_at" : "Tue Apr 28 10:28:08 +0000 2026",
      "favorited" : false,
      "full_text" : "말티즈 콩이가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "23",
      "id_str" : "2048650597375817503",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2048650597375817503",
      "created_at" : "Mon Apr 27 06:28:59 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 푸들 보리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/qvv6sdNuxY",
            "expanded_url" : "https://mungmung.example/shop/240",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "30",
      "id_str" : "2048185397276642725",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2048185397276642725",
      "created_at" : "Sat Apr 25 23:40:26 +0000 2026",
      "favorited" : false,
      "full_text" : "말티즈 콩이가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/qvv6sdNuxY",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "45",
              "51"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "2047985485520641219",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2047985485520641219",
      "created_at" : "Sat Apr 25 10:26:04 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 이번 주말 치즈볼 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7k7auIHj1c",
            "expanded_url" : "https://mungmung.example/shop/445",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "10",
      "id_str" : "2047493471630870536",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2047493471630870536",
      "created_at" : "Fri Apr 24 01:50:58 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/7k7auIHj1c",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/jYdLrQBCLP",
            "expanded_url" : "https://mungmung.example/shop/138",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "39",
              "62"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "29",
      "id_str" : "2047263895414783171",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2047263895414783171",
      "created_at" : "Thu Apr 23 10:38:43 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 시바 두부 🐕 오늘 날씨 최고예요. #산책 #댕댕이 https://t.co/jYdLrQBCLP",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "17",
      "id_str" : "2046936364420777248",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2046936364420777248",
      "created_at" : "Wed Apr 22 12:57:14 +0000 2026",
      "favorited" : false,
      "full_text" : "진돗개 누리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "16",
      "id_str" : "2046472782939023379",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2046472782939023379",
      "created_at" : "Tue Apr 21 06:15:07 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "17",
      "id_str" : "2046171543222868633",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2046171543222868633",
      "created_at" : "Mon Apr 20 10:18:06 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 연어 큐브 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "22",
      "id_str" : "2045745505752805335",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2045745505752805335",
      "created_at" : "Sun Apr 19 06:05:11 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 오리 목뼈 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "33",
      "id_str" : "2045479311767045823",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2045479311767045823",
      "created_at" : "Sat Apr 18 12:27:25 +0000 2026",
      "favorited" : false,
      "full_text" : "말티즈 콩이가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/SQ8ZQdFlW5",
            "expanded_url" : "https://mungmung.example/shop/327",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "6",
      "id_str" : "2045027388652519928",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2045027388652519928",
      "created_at" : "Fri Apr 17 06:31:38 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/SQ8ZQdFlW5",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "15",
      "id_str" : "2044666195151066588",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2044666195151066588",
      "created_at" : "Thu Apr 16 06:36:23 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "10",
      "id_str" : "2044420542386815440",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2044420542386815440",
      "created_at" : "Wed Apr 15 14:20:15 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "32",
              "35"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "36",
              "40"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "31",
      "id_str" : "2043829425823641743",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2043829425823641743",
      "created_at" : "Mon Apr 13 23:11:22 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 웰시코기 호두 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/fgqaPtEERd",
            "expanded_url" : "https://mungmung.example/shop/880",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "16",
      "id_str" : "2043138674815934099",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2043138674815934099",
      "created_at" : "Sun Apr 12 01:26:34 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/fgqaPtEERd",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/lvdUzFsj9e",
            "expanded_url" : "https://mungmung.example/shop/451",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "39",
              "62"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "10",
      "id_str" : "2042975068752426153",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2042975068752426153",
      "created_at" : "Sat Apr 11 14:36:27 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/lvdUzFsj9e",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "25",
      "id_str" : "2042546028106227818",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2042546028106227818",
      "created_at" : "Fri Apr 10 10:11:36 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "17",
      "id_str" : "2042251255950608870",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2042251255950608870",
      "created_at" : "Thu Apr 09 14:40:17 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "7",
      "id_str" : "2041724607820272004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2041724607820272004",
      "created_at" : "Wed Apr 08 03:47:34 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 고구마 말랭이 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "4",
      "id_str" : "2041527292992732208",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2041527292992732208",
      "created_at" : "Tue Apr 07 14:43:31 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 고구마 말랭이 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "16",
      "id_str" : "2041042195728015843",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2041042195728015843",
      "created_at" : "Mon Apr 06 06:35:54 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/wCdr7KBzZH",
            "expanded_url" : "https://mungmung.example/shop/807",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "40",
              "63"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "39",
      "id_str" : "2040737138261092081",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2040737138261092081",
      "created_at" : "Sun Apr 05 10:23:43 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이 https://t.co/wCdr7KBzZH",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "38",
      "id_str" : "2040208308334559198",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2040208308334559198",
      "created_at" : "Fri Apr 03 23:22:20 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 시바 두부 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "13",
      "id_str" : "2040079517747838953",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2040079517747838953",
      "created_at" : "Fri Apr 03 14:50:34 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "11",
      "id_str" : "2039589817133356322",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2039589817133356322",
      "created_at" : "Thu Apr 02 06:24:40 +0000 2026",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "17",
      "id_str" : "2038921261520519856",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2038921261520519856",
      "created_at" : "Tue Mar 31 10:08:04 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 오리 목뼈 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "23",
      "id_str" : "2038496724606697864",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2038496724606697864",
      "created_at" : "Mon Mar 30 06:01:07 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 진돗개 누리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xmko8eUCRY",
            "expanded_url" : "https://mungmung.example/shop/568",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "42",
      "id_str" : "2038039525120999037",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2038039525120999037",
      "created_at" : "Sat Mar 28 23:44:22 +0000 2026",
      "favorited" : false,
      "full_text" : "진돗개 누리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/xmko8eUCRY",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ijWxBBN10w",
            "expanded_url" : "https://mungmung.example/shop/112",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "32",
      "id_str" : "2037738125163126896",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2037738125163126896",
      "created_at" : "Sat Mar 28 03:46:43 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/ijWxBBN10w",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "11",
      "id_str" : "2037502893873651515",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2037502893873651515",
      "created_at" : "Fri Mar 27 12:11:59 +0000 2026",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "16",
      "id_str" : "2036978669961423839",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2036978669961423839",
      "created_at" : "Thu Mar 26 01:28:54 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "33",
      "id_str" : "2036745805554984578",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2036745805554984578",
      "created_at" : "Wed Mar 25 10:03:35 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "3",
      "id_str" : "2036085789361145046",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2036085789361145046",
      "created_at" : "Mon Mar 23 14:20:55 +0000 2026",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "20",
      "id_str" : "2035694633853545901",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2035694633853545901",
      "created_at" : "Sun Mar 22 12:26:36 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "23",
      "id_str" : "2035190214452926825",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2035190214452926825",
      "created_at" : "Sat Mar 21 03:02:13 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/SE27uwUGLY",
            "expanded_url" : "https://mungmung.example/shop/659",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "56",
      "id_str" : "2035136393818831680",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2035136393818831680",
      "created_at" : "Fri Mar 20 23:28:21 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/SE27uwUGLY",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2Pw2fxnAFE",
            "expanded_url" : "https://mungmung.example/shop/397",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "40",
              "63"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "14",
      "id_str" : "2034880927637071943",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2034880927637071943",
      "created_at" : "Fri Mar 20 06:33:14 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이 https://t.co/2Pw2fxnAFE",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "54",
              "58"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "59",
              "63"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "2034470778061490719",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2034470778061490719",
      "created_at" : "Thu Mar 19 03:23:26 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "18",
      "id_str" : "2034114840808172966",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2034114840808172966",
      "created_at" : "Wed Mar 18 03:49:04 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 연어 큐브 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "31",
      "id_str" : "2033682972214207388",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2033682972214207388",
      "created_at" : "Mon Mar 16 23:12:59 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 시바 두부 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "26",
      "id_str" : "2033483561365828091",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2033483561365828091",
      "created_at" : "Mon Mar 16 10:00:35 +0000 2026",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "39",
              "42"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "26",
      "id_str" : "2033124216629152008",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2033124216629152008",
      "created_at" : "Sun Mar 15 10:12:41 +0000 2026",
      "favorited" : false,
      "full_text" : "웰시코기 호두가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "28",
              "34"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "13",
      "id_str" : "2032830473116967407",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2032830473116967407",
      "created_at" : "Sat Mar 14 14:45:27 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 치즈볼 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "24",
      "id_str" : "2032410516818010431",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2032410516818010431",
      "created_at" : "Fri Mar 13 10:56:42 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 고구마 말랭이 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "30",
      "id_str" : "2031871502380253264",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2031871502380253264",
      "created_at" : "Wed Mar 11 23:14:51 +0000 2026",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "55",
              "58"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "59",
              "63"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "2031702782487199948",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2031702782487199948",
      "created_at" : "Wed Mar 11 12:04:25 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 진돗개 누리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "20",
      "id_str" : "2031155611315986353",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2031155611315986353",
      "created_at" : "Mon Mar 09 23:50:09 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 푸들 보리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "40",
      "id_str" : "2030850928046390000",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2030850928046390000",
      "created_at" : "Mon Mar 09 03:39:27 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 푸들 보리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "15",
      "id_str" : "2030491113262739965",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2030491113262739965",
      "created_at" : "Sun Mar 08 03:49:40 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "48",
              "51"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "52",
              "56"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "id_str" : "2030162207040709312",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2030162207040709312",
      "created_at" : "Sat Mar 07 06:02:43 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "20",
      "id_str" : "2029726260595504489",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2029726260595504489",
      "created_at" : "Fri Mar 06 01:10:25 +0000 2026",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "10",
      "id_str" : "2029448753517998160",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2029448753517998160",
      "created_at" : "Thu Mar 05 06:47:42 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "13",
      "id_str" : "2029088816090089744",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2029088816090089744",
      "created_at" : "Wed Mar 04 06:57:27 +0000 2026",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "22",
      "id_str" : "2028669948413671104",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2028669948413671104",
      "created_at" : "Tue Mar 03 03:13:01 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "15",
      "id_str" : "2028444655619609918",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2028444655619609918",
      "created_at" : "Mon Mar 02 12:17:47 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "13",
      "id_str" : "2028118239933260169",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2028118239933260169",
      "created_at" : "Sun Mar 01 14:40:43 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 고구마 말랭이 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/WUrFm4miDk",
            "expanded_url" : "https://mungmung.example/shop/593",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "39",
              "62"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "12",
      "id_str" : "2027748589931122840",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2027748589931122840",
      "created_at" : "Sat Feb 28 14:11:52 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/WUrFm4miDk",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "35",
      "id_str" : "2027169459657701306",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2027169459657701306",
      "created_at" : "Thu Feb 26 23:50:36 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ruRDWYzIIl",
            "expanded_url" : "https://mungmung.example/shop/285",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "39",
              "62"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "27",
      "id_str" : "2026994067435222648",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2026994067435222648",
      "created_at" : "Thu Feb 26 12:13:40 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/ruRDWYzIIl",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "39",
              "42"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "16",
      "id_str" : "2026463557566994281",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2026463557566994281",
      "created_at" : "Wed Feb 25 01:05:36 +0000 2026",
      "favorited" : false,
      "full_text" : "웰시코기 호두가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gvLMFJFHBT",
            "expanded_url" : "https://mungmung.example/shop/543",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "8",
      "id_str" : "2025819123494351732",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2025819123494351732",
      "created_at" : "Mon Feb 23 06:24:51 +0000 2026",
      "favorited" : false,
      "full_text" : "진돗개 누리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/gvLMFJFHBT",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "39",
              "42"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "13",
      "id_str" : "2025547530095749627",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2025547530095749627",
      "created_at" : "Sun Feb 22 12:25:38 +0000 2026",
      "favorited" : false,
      "full_text" : "웰시코기 호두가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gw49dGpKNO",
            "expanded_url" : "https://mungmung.example/shop/104",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "22",
      "id_str" : "2025026175788832918",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2025026175788832918",
      "created_at" : "Sat Feb 21 01:53:58 +0000 2026",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/gw49dGpKNO",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Wh2ba1Aqjq",
            "expanded_url" : "https://mungmung.example/shop/713",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "39",
              "62"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "29",
      "id_str" : "2024625885774328524",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2024625885774328524",
      "created_at" : "Thu Feb 19 23:23:21 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/Wh2ba1Aqjq",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "17",
      "id_str" : "2024300426619614314",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2024300426619614314",
      "created_at" : "Thu Feb 19 01:50:06 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 고구마 말랭이 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "28",
              "34"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "3",
      "id_str" : "2024131707266503963",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2024131707266503963",
      "created_at" : "Wed Feb 18 14:39:40 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 치즈볼 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/FSXFi8gv4k",
            "expanded_url" : "https://mungmung.example/shop/683",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "39",
              "62"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "4",
      "id_str" : "2023644299310783246",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2023644299310783246",
      "created_at" : "Tue Feb 17 06:22:53 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/FSXFi8gv4k",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "13",
      "id_str" : "2023201646487592009",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2023201646487592009",
      "created_at" : "Mon Feb 16 01:03:56 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 진돗개 누리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "10",
      "id_str" : "2022917809566725620",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2022917809566725620",
      "created_at" : "Sun Feb 15 06:16:04 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 푸들 보리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "13",
      "id_str" : "2022682503646568458",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2022682503646568458",
      "created_at" : "Sat Feb 14 14:41:03 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "3",
      "id_str" : "2022557592000561507",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2022557592000561507",
      "created_at" : "Sat Feb 14 06:24:41 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "15",
      "id_str" : "2022261805334465155",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2022261805334465155",
      "created_at" : "Fri Feb 13 10:49:20 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "8",
      "id_str" : "2021829278885938154",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2021829278885938154",
      "created_at" : "Thu Feb 12 06:10:38 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 고구마 말랭이 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "22",
      "id_str" : "2021373379947479830",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2021373379947479830",
      "created_at" : "Tue Feb 10 23:59:03 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "13",
      "id_str" : "2020743591492023411",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2020743591492023411",
      "created_at" : "Mon Feb 09 06:16:30 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/63ZZd3jVpO",
            "expanded_url" : "https://mungmung.example/shop/309",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "39",
              "62"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "25",
      "id_str" : "2020302552101368712",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2020302552101368712",
      "created_at" : "Sun Feb 08 01:03:58 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/63ZZd3jVpO",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "54",
              "57"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "58",
              "62"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "2019912864524781911",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2019912864524781911",
      "created_at" : "Fri Feb 06 23:15:29 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "22",
      "id_str" : "2019721093141840384",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2019721093141840384",
      "created_at" : "Fri Feb 06 10:33:27 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "26",
      "id_str" : "2019198123597213663",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2019198123597213663",
      "created_at" : "Wed Feb 04 23:55:22 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 오리 목뼈 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/re006PDBtE",
            "expanded_url" : "https://mungmung.example/shop/624",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "14",
      "id_str" : "2019019420052530570",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2019019420052530570",
      "created_at" : "Wed Feb 04 12:05:15 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/re006PDBtE",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "29",
      "id_str" : "2018460274986553553",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018460274986553553",
      "created_at" : "Mon Feb 02 23:03:25 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 푸들 보리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "13",
      "id_str" : "2018274520665841976",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2018274520665841976",
      "created_at" : "Mon Feb 02 10:45:18 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/IimA7Fi6mM",
            "expanded_url" : "https://mungmung.example/shop/730",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "40",
              "63"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "39",
      "id_str" : "2017933440031502226",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2017933440031502226",
      "created_at" : "Sun Feb 01 12:09:58 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 진돗개 누리 🐕 오늘 날씨 최고예요. #산책 #댕댕이 https://t.co/IimA7Fi6mM",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "16",
      "id_str" : "2017577117214034501",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2017577117214034501",
      "created_at" : "Sat Jan 31 12:34:04 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "6",
      "id_str" : "2017246109638175104",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017246109638175104",
      "created_at" : "Fri Jan 30 14:38:45 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/3IwOO8a7oT",
            "expanded_url" : "https://mungmung.example/shop/532",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "39",
              "62"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "21",
      "id_str" : "2016851514538809981",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2016851514538809981",
      "created_at" : "Thu Jan 29 12:30:47 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/3IwOO8a7oT",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "17",
      "id_str" : "2016490559113420633",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2016490559113420633",
      "created_at" : "Wed Jan 28 12:36:28 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 닭가슴살 육포 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/eYRniNtZTk",
            "expanded_url" : "https://mungmung.example/shop/966",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "10",
      "id_str" : "2016152153189396097",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2016152153189396097",
      "created_at" : "Tue Jan 27 14:11:46 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/eYRniNtZTk",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "38",
      "id_str" : "2015570370198010978",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2015570370198010978",
      "created_at" : "Sun Jan 25 23:39:58 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 연어 큐브 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "30",
      "id_str" : "2015398619501836104",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2015398619501836104",
      "created_at" : "Sun Jan 25 12:17:29 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 시바 두부 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "35",
              "41"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "42",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4ZyKqGZqHZ",
            "expanded_url" : "https://mungmung.example/shop/836",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "27",
      "id_str" : "2014867151752364622",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014867151752364622",
      "created_at" : "Sat Jan 24 01:05:38 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 치즈볼 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/4ZyKqGZqHZ",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "29",
      "id_str" : "2014512013677319125",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2014512013677319125",
      "created_at" : "Fri Jan 23 01:34:26 +0000 2026",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "32",
      "id_str" : "2014124367175493366",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014124367175493366",
      "created_at" : "Wed Jan 21 23:54:04 +0000 2026",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "36",
      "id_str" : "2013755824057374889",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2013755824057374889",
      "created_at" : "Tue Jan 20 23:29:36 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 푸들 보리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "49",
              "55"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "0",
      "id_str" : "2013624717531104816",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013624717531104816",
      "created_at" : "Tue Jan 20 14:48:38 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "55",
              "58"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "59",
              "63"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "2013088034073551626",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2013088034073551626",
      "created_at" : "Mon Jan 19 03:16:03 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 말티즈 콩이가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Bbqre5po9S",
            "expanded_url" : "https://mungmung.example/shop/104",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "41",
      "id_str" : "2012662827399283139",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2012662827399283139",
      "created_at" : "Sat Jan 17 23:06:26 +0000 2026",
      "favorited" : false,
      "full_text" : "말티즈 콩이가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/Bbqre5po9S",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "28",
              "34"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "11",
      "id_str" : "2012530353057427647",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2012530353057427647",
      "created_at" : "Sat Jan 17 14:20:01 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 치즈볼 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "16",
      "id_str" : "2012139034013600721",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2012139034013600721",
      "created_at" : "Fri Jan 16 12:25:04 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 닭가슴살 육포 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "14",
      "id_str" : "2011617454283901097",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2011617454283901097",
      "created_at" : "Thu Jan 15 01:52:29 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "6",
      "id_str" : "2011323322887143224",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011323322887143224",
      "created_at" : "Wed Jan 14 06:23:43 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "18",
      "id_str" : "2010852224333151663",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2010852224333151663",
      "created_at" : "Mon Jan 12 23:11:44 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "18",
      "id_str" : "2010328139437182048",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2010328139437182048",
      "created_at" : "Sun Jan 11 12:29:13 +0000 2026",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "28",
      "id_str" : "2009766536391954778",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2009766536391954778",
      "created_at" : "Fri Jan 09 23:17:36 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "2",
      "id_str" : "2009600520304992492",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2009600520304992492",
      "created_at" : "Fri Jan 09 12:17:55 +0000 2026",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "20",
      "id_str" : "2009155812564432399",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2009155812564432399",
      "created_at" : "Thu Jan 08 06:50:48 +0000 2026",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "16",
      "id_str" : "2008745865789939950",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2008745865789939950",
      "created_at" : "Wed Jan 07 03:41:49 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 고구마 말랭이 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "21",
      "id_str" : "2008488159803678791",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2008488159803678791",
      "created_at" : "Tue Jan 06 10:37:47 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "18",
      "id_str" : "2008155230759795706",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2008155230759795706",
      "created_at" : "Mon Jan 05 12:34:51 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/SShF2piZIE",
            "expanded_url" : "https://mungmung.example/shop/808",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "37",
              "60"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "18",
      "id_str" : "2007789207289643196",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2007789207289643196",
      "created_at" : "Sun Jan 04 12:20:24 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 연어 큐브 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/SShF2piZIE",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "19",
      "id_str" : "2007338830063911009",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2007338830063911009",
      "created_at" : "Sat Jan 03 06:30:46 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "29",
      "id_str" : "2007265827832624365",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2007265827832624365",
      "created_at" : "Sat Jan 03 01:40:41 +0000 2026",
      "favorited" : false,
      "full_text" : "이번 주말 연어 큐브 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/HMlfeHJTuR",
            "expanded_url" : "https://mungmung.example/shop/386",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "12",
      "id_str" : "2006972673174940971",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2006972673174940971",
      "created_at" : "Fri Jan 02 06:15:47 +0000 2026",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/HMlfeHJTuR",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "21",
      "id_str" : "2006679594261869988",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2006679594261869988",
      "created_at" : "Thu Jan 01 10:51:12 +0000 2026",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "14",
      "id_str" : "2006304564627910830",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2006304564627910830",
      "created_at" : "Wed Dec 31 10:00:58 +0000 2025",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "28",
              "34"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "22",
      "id_str" : "2005845026790833015",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2005845026790833015",
      "created_at" : "Tue Dec 30 03:34:55 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 치즈볼 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "19",
      "id_str" : "2005582576692127895",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2005582576692127895",
      "created_at" : "Mon Dec 29 10:12:02 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "21",
      "id_str" : "2005253292665549191",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2005253292665549191",
      "created_at" : "Sun Dec 28 12:23:35 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 고구마 말랭이 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/86z8WODXV2",
            "expanded_url" : "https://mungmung.example/shop/708",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "12",
      "id_str" : "2004926978433010721",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2004926978433010721",
      "created_at" : "Sat Dec 27 14:46:56 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/86z8WODXV2",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "5",
      "id_str" : "2004505178610109692",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2004505178610109692",
      "created_at" : "Fri Dec 26 10:50:51 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "39",
              "42"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/1SlSQ9q6kj",
            "expanded_url" : "https://mungmung.example/shop/824",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "10",
      "id_str" : "2004141540681894658",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2004141540681894658",
      "created_at" : "Thu Dec 25 10:45:53 +0000 2025",
      "favorited" : false,
      "full_text" : "웰시코기 호두가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/1SlSQ9q6kj",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          },
          {
            "text" : "크리스마스",
            "indices" : [
              "39",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "646",
      "id_str" : "2003831270189189902",
      "truncated" : false,
      "retweet_count" : "105",
      "id" : "2003831270189189902",
      "created_at" : "Wed Dec 24 14:12:58 +0000 2025",
      "favorited" : false,
      "full_text" : "크리스마스 산타 옷 입은 콩이 🎅🐶 좋아요 하나씩 부탁해요! #댕댕이 #크리스마스",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "12",
      "id_str" : "2003311495949104370",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2003311495949104370",
      "created_at" : "Tue Dec 23 03:47:35 +0000 2025",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/GYoQVd7ITp",
            "expanded_url" : "https://mungmung.example/shop/248",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "37",
              "60"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "25",
      "id_str" : "2003053984727808665",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2003053984727808665",
      "created_at" : "Mon Dec 22 10:44:19 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 연어 큐브 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/GYoQVd7ITp",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/wZNhPjtppl",
            "expanded_url" : "https://mungmung.example/shop/780",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "18",
      "id_str" : "2002713622944480696",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2002713622944480696",
      "created_at" : "Sun Dec 21 12:11:50 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/wZNhPjtppl",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "17",
      "id_str" : "2002272062186720198",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2002272062186720198",
      "created_at" : "Sat Dec 20 06:57:14 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 푸들 보리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "35",
              "41"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "42",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "13",
      "id_str" : "2002194589730565768",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2002194589730565768",
      "created_at" : "Sat Dec 20 01:49:23 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 치즈볼 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "12",
      "id_str" : "2002021993917567329",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2002021993917567329",
      "created_at" : "Fri Dec 19 14:23:33 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "4",
      "id_str" : "2001184056696620860",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2001184056696620860",
      "created_at" : "Wed Dec 17 06:53:53 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ZWHg2jHXUR",
            "expanded_url" : "https://mungmung.example/shop/226",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "17",
      "id_str" : "2000411311507312698",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2000411311507312698",
      "created_at" : "Mon Dec 15 03:43:17 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/ZWHg2jHXUR",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "9",
      "id_str" : "2000046801744254635",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2000046801744254635",
      "created_at" : "Sun Dec 14 03:34:51 +0000 2025",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "25",
      "id_str" : "1999722195518052222",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1999722195518052222",
      "created_at" : "Sat Dec 13 06:04:59 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 닭가슴살 육포 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "19",
      "id_str" : "1999688403475603767",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1999688403475603767",
      "created_at" : "Sat Dec 13 03:50:42 +0000 2025",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/X74HMYEjV4",
            "expanded_url" : "https://mungmung.example/shop/705",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "21",
      "id_str" : "1999257826618191704",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1999257826618191704",
      "created_at" : "Thu Dec 11 23:19:44 +0000 2025",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/X74HMYEjV4",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "48",
              "51"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "52",
              "56"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "id_str" : "1998927547554064500",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1998927547554064500",
      "created_at" : "Thu Dec 11 01:27:20 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "27",
      "id_str" : "1998538384194425535",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1998538384194425535",
      "created_at" : "Tue Dec 09 23:40:56 +0000 2025",
      "favorited" : false,
      "full_text" : "진돗개 누리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "48",
              "51"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "52",
              "56"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "id_str" : "1998173178566759871",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1998173178566759871",
      "created_at" : "Mon Dec 08 23:29:44 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "39",
              "42"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "7",
      "id_str" : "1998044303314378191",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1998044303314378191",
      "created_at" : "Mon Dec 08 14:57:38 +0000 2025",
      "favorited" : false,
      "full_text" : "웰시코기 호두가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "34",
      "id_str" : "1997474120898713230",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1997474120898713230",
      "created_at" : "Sun Dec 07 01:11:56 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "32",
      "id_str" : "1997085663952485641",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1997085663952485641",
      "created_at" : "Fri Dec 05 23:28:21 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 닭가슴살 육포 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/RhkXY6cZGI",
            "expanded_url" : "https://mungmung.example/shop/262",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "12",
      "id_str" : "1996925175845461078",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1996925175845461078",
      "created_at" : "Fri Dec 05 12:50:37 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/RhkXY6cZGI",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "32",
              "35"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "36",
              "40"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "40",
      "id_str" : "1996418391041988859",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1996418391041988859",
      "created_at" : "Thu Dec 04 03:16:50 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 웰시코기 호두 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "28",
              "34"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "13",
      "id_str" : "1996201157355971377",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1996201157355971377",
      "created_at" : "Wed Dec 03 12:53:38 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 치즈볼 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "23",
      "id_str" : "1995807826692017551",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1995807826692017551",
      "created_at" : "Tue Dec 02 10:50:40 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "19",
      "id_str" : "1995433600768555903",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1995433600768555903",
      "created_at" : "Mon Dec 01 10:03:38 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/AxzwUweXCs",
            "expanded_url" : "https://mungmung.example/shop/406",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "15",
      "id_str" : "1995101935957081743",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1995101935957081743",
      "created_at" : "Sun Nov 30 12:05:43 +0000 2025",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/AxzwUweXCs",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "24",
      "id_str" : "1994615060696763381",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1994615060696763381",
      "created_at" : "Sat Nov 29 03:51:03 +0000 2025",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "35",
              "41"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "42",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/NJHVg7xPUH",
            "expanded_url" : "https://mungmung.example/shop/256",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "16",
      "id_str" : "1994389967882879843",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1994389967882879843",
      "created_at" : "Fri Nov 28 12:56:36 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 치즈볼 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/NJHVg7xPUH",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "28",
              "34"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/SO0hxmK3hB",
            "expanded_url" : "https://mungmung.example/shop/931",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "35",
              "58"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "12",
      "id_str" : "1993521383133244037",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1993521383133244037",
      "created_at" : "Wed Nov 26 03:25:10 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 치즈볼 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/SO0hxmK3hB",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sLJspJDOvI",
            "expanded_url" : "https://mungmung.example/shop/367",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "50",
              "73"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "11",
      "id_str" : "1993329083080848029",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1993329083080848029",
      "created_at" : "Tue Nov 25 14:41:02 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 고구마 말랭이 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/sLJspJDOvI",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "30",
      "id_str" : "1992795147166478205",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1992795147166478205",
      "created_at" : "Mon Nov 24 03:19:22 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 시바 두부 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vel4JofFuF",
            "expanded_url" : "https://mungmung.example/shop/475",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "22",
      "id_str" : "1992566836822059957",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1992566836822059957",
      "created_at" : "Sun Nov 23 12:12:08 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/vel4JofFuF",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "30",
      "id_str" : "1992181007190377206",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1992181007190377206",
      "created_at" : "Sat Nov 22 10:38:59 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "52",
              "58"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "59",
              "62"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "1991752098604055915",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1991752098604055915",
      "created_at" : "Fri Nov 21 06:14:39 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 수제 치즈볼 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "32",
              "35"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "36",
              "40"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "21",
      "id_str" : "1991486436692654138",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1991486436692654138",
      "created_at" : "Thu Nov 20 12:39:01 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 웰시코기 호두 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/MTQ1UU9Nd1",
            "expanded_url" : "https://mungmung.example/shop/557",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "37",
              "60"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "10",
      "id_str" : "1990759007179122710",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1990759007179122710",
      "created_at" : "Tue Nov 18 12:28:28 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 연어 큐브 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/MTQ1UU9Nd1",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/8ix8YNaHEB",
            "expanded_url" : "https://mungmung.example/shop/547",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "37",
              "60"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "5",
      "id_str" : "1990392361876825101",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990392361876825101",
      "created_at" : "Mon Nov 17 12:11:33 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 연어 큐브 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/8ix8YNaHEB",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "13",
      "id_str" : "1989902029304494712",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1989902029304494712",
      "created_at" : "Sun Nov 16 03:43:09 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "32",
              "35"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "36",
              "40"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "32",
      "id_str" : "1989504128632374267",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1989504128632374267",
      "created_at" : "Sat Nov 15 01:22:02 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 웰시코기 호두 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "9",
      "id_str" : "1989171456194817786",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1989171456194817786",
      "created_at" : "Fri Nov 14 03:20:06 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "28",
              "34"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "11",
      "id_str" : "1988915623994831220",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1988915623994831220",
      "created_at" : "Thu Nov 13 10:23:31 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 치즈볼 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/iRC2cSQTcc",
            "expanded_url" : "https://mungmung.example/shop/805",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "37",
              "60"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "11",
      "id_str" : "1988051706418149537",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1988051706418149537",
      "created_at" : "Tue Nov 11 01:10:37 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 오리 목뼈 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/iRC2cSQTcc",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "12",
      "id_str" : "1987766515371562226",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1987766515371562226",
      "created_at" : "Mon Nov 10 06:17:22 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 푸들 보리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "33",
      "id_str" : "1987462313781961969",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1987462313781961969",
      "created_at" : "Sun Nov 09 10:08:35 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 연어 큐브 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "46",
      "id_str" : "1986932583838067705",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1986932583838067705",
      "created_at" : "Fri Nov 07 23:03:38 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "8",
      "id_str" : "1986689506946858683",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1986689506946858683",
      "created_at" : "Fri Nov 07 06:57:44 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "10",
      "id_str" : "1986326277444717188",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1986326277444717188",
      "created_at" : "Thu Nov 06 06:54:23 +0000 2025",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "35",
              "41"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "42",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "9",
      "id_str" : "1986084097194359544",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1986084097194359544",
      "created_at" : "Wed Nov 05 14:52:03 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 치즈볼 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/I3pHqLChJ7",
            "expanded_url" : "https://mungmung.example/shop/775",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "39",
              "62"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "38",
      "id_str" : "1984759571753249777",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1984759571753249777",
      "created_at" : "Sat Nov 01 23:08:51 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/I3pHqLChJ7",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "39",
              "42"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "12",
      "id_str" : "1984630410253603421",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1984630410253603421",
      "created_at" : "Sat Nov 01 14:35:37 +0000 2025",
      "favorited" : false,
      "full_text" : "웰시코기 호두가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "19",
      "id_str" : "1984063471885672762",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1984063471885672762",
      "created_at" : "Fri Oct 31 01:02:48 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/QUMtDt8YNV",
            "expanded_url" : "https://mungmung.example/shop/446",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "37",
              "60"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "11",
      "id_str" : "1983843004558928490",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1983843004558928490",
      "created_at" : "Thu Oct 30 10:26:44 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 오리 목뼈 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/QUMtDt8YNV",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "35",
              "41"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "42",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "18",
      "id_str" : "1983504161018350405",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1983504161018350405",
      "created_at" : "Wed Oct 29 12:00:18 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 치즈볼 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/x2c3XZJXD3",
            "expanded_url" : "https://mungmung.example/shop/938",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "15",
      "id_str" : "1983143988875414551",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1983143988875414551",
      "created_at" : "Tue Oct 28 12:09:06 +0000 2025",
      "favorited" : false,
      "full_text" : "말티즈 콩이가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/x2c3XZJXD3",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "27",
      "id_str" : "1982389928544082715",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1982389928544082715",
      "created_at" : "Sun Oct 26 10:12:44 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 오리 목뼈 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "28",
              "34"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/QoElAaXY7X",
            "expanded_url" : "https://mungmung.example/shop/466",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "35",
              "58"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "18",
      "id_str" : "1981858839781626364",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1981858839781626364",
      "created_at" : "Fri Oct 24 23:02:23 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 치즈볼 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/QoElAaXY7X",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "22",
      "id_str" : "1981608566459608676",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1981608566459608676",
      "created_at" : "Fri Oct 24 06:27:53 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 푸들 보리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/zg7CKBciKR",
            "expanded_url" : "https://mungmung.example/shop/564",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "10",
      "id_str" : "1981207992638967217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981207992638967217",
      "created_at" : "Thu Oct 23 03:56:09 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/zg7CKBciKR",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "35",
              "41"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "42",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gehazO4t9z",
            "expanded_url" : "https://mungmung.example/shop/210",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "12",
      "id_str" : "1980886239473088853",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980886239473088853",
      "created_at" : "Wed Oct 22 06:37:37 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 치즈볼 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/gehazO4t9z",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "29",
      "id_str" : "1980477748108342924",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1980477748108342924",
      "created_at" : "Tue Oct 21 03:34:25 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "2",
      "id_str" : "1980243435382511110",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980243435382511110",
      "created_at" : "Mon Oct 20 12:03:20 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 오리 목뼈 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "29",
      "id_str" : "1979886337265454141",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1979886337265454141",
      "created_at" : "Sun Oct 19 12:24:21 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 시바 두부 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/tFUQfCyLhB",
            "expanded_url" : "https://mungmung.example/shop/975",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "40",
              "63"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "10",
      "id_str" : "1979552401207472220",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979552401207472220",
      "created_at" : "Sat Oct 18 14:17:25 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이 https://t.co/tFUQfCyLhB",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "43",
      "id_str" : "1979496885722979408",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1979496885722979408",
      "created_at" : "Sat Oct 18 10:36:49 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 진돗개 누리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "18",
      "id_str" : "1979001857695305371",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1979001857695305371",
      "created_at" : "Fri Oct 17 01:49:45 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 연어 큐브 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "13",
      "id_str" : "1978711830846366366",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1978711830846366366",
      "created_at" : "Thu Oct 16 06:37:17 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "13",
      "id_str" : "1978266097530538236",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1978266097530538236",
      "created_at" : "Wed Oct 15 01:06:06 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "22",
      "id_str" : "1978045617473312949",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1978045617473312949",
      "created_at" : "Tue Oct 14 10:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "17",
      "id_str" : "1977543591490587339",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1977543591490587339",
      "created_at" : "Mon Oct 13 01:15:07 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "17",
      "id_str" : "1977184153679788806",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1977184153679788806",
      "created_at" : "Sun Oct 12 01:26:51 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "15",
      "id_str" : "1976902351269465478",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1976902351269465478",
      "created_at" : "Sat Oct 11 06:47:04 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "3",
      "id_str" : "1976654550572426641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1976654550572426641",
      "created_at" : "Fri Oct 10 14:22:23 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "8",
      "id_str" : "1976288993257814244",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1976288993257814244",
      "created_at" : "Thu Oct 09 14:09:48 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "7",
      "id_str" : "1975807112777647727",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1975807112777647727",
      "created_at" : "Wed Oct 08 06:14:59 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 진돗개 누리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "5",
      "id_str" : "1975341434930467308",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1975341434930467308",
      "created_at" : "Mon Oct 06 23:24:32 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "10",
      "id_str" : "1974987834223510511",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1974987834223510511",
      "created_at" : "Sun Oct 05 23:59:27 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 시바 두부 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "10",
      "id_str" : "1974614606520910853",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1974614606520910853",
      "created_at" : "Sat Oct 04 23:16:23 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "54",
              "58"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "59",
              "63"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "1974288145225516483",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1974288145225516483",
      "created_at" : "Sat Oct 04 01:39:08 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "21",
      "id_str" : "1973899415012333352",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1973899415012333352",
      "created_at" : "Thu Oct 02 23:54:28 +0000 2025",
      "favorited" : false,
      "full_text" : "진돗개 누리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "20",
      "id_str" : "1973357884397152873",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1973357884397152873",
      "created_at" : "Wed Oct 01 12:02:37 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "19",
      "id_str" : "1972910439853268649",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1972910439853268649",
      "created_at" : "Tue Sep 30 06:24:38 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 진돗개 누리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/FqFJYsvCYE",
            "expanded_url" : "https://mungmung.example/shop/876",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "19",
      "id_str" : "1972505478639713442",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1972505478639713442",
      "created_at" : "Mon Sep 29 03:35:28 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 연어 큐브 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/FqFJYsvCYE",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "54",
              "58"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "59",
              "63"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "1972189173358532122",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1972189173358532122",
      "created_at" : "Sun Sep 28 06:38:35 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "47",
              "53"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "0",
      "id_str" : "1971910069688753217",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1971910069688753217",
      "created_at" : "Sat Sep 27 12:09:31 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 이번 주말 연어 큐브 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "35",
              "41"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "42",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "9",
      "id_str" : "1971546680179259588",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1971546680179259588",
      "created_at" : "Fri Sep 26 12:05:32 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 치즈볼 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "11",
      "id_str" : "1971030442137515158",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1971030442137515158",
      "created_at" : "Thu Sep 25 01:54:12 +0000 2025",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "18",
      "id_str" : "1970830860788170251",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1970830860788170251",
      "created_at" : "Wed Sep 24 12:41:08 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 진돗개 누리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "28",
              "34"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/39GbPICXcJ",
            "expanded_url" : "https://mungmung.example/shop/153",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "35",
              "58"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "20",
      "id_str" : "1970441290022294856",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1970441290022294856",
      "created_at" : "Tue Sep 23 10:53:07 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 치즈볼 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/39GbPICXcJ",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "49",
              "55"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "0",
      "id_str" : "1970101925952377957",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1970101925952377957",
      "created_at" : "Mon Sep 22 12:24:36 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "29",
      "id_str" : "1969711268412023809",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1969711268412023809",
      "created_at" : "Sun Sep 21 10:32:16 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "20",
      "id_str" : "1969249056346844277",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1969249056346844277",
      "created_at" : "Sat Sep 20 03:55:36 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 오리 목뼈 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "18",
      "id_str" : "1969015544213860338",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1969015544213860338",
      "created_at" : "Fri Sep 19 12:27:42 +0000 2025",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/r8bc5jNsfd",
            "expanded_url" : "https://mungmung.example/shop/369",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "18",
      "id_str" : "1968480484964799859",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1968480484964799859",
      "created_at" : "Thu Sep 18 01:01:34 +0000 2025",
      "favorited" : false,
      "full_text" : "말티즈 콩이가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/r8bc5jNsfd",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "39",
              "42"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "6",
      "id_str" : "1968102587482377209",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1968102587482377209",
      "created_at" : "Tue Sep 16 23:59:57 +0000 2025",
      "favorited" : false,
      "full_text" : "웰시코기 호두가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/QQdE6fhGva",
            "expanded_url" : "https://mungmung.example/shop/500",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "40",
              "63"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "14",
      "id_str" : "1967929645826777668",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1967929645826777668",
      "created_at" : "Tue Sep 16 12:32:44 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 진돗개 누리 🐕 오늘 날씨 최고예요. #산책 #댕댕이 https://t.co/QQdE6fhGva",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4CUIFdadTf",
            "expanded_url" : "https://mungmung.example/shop/561",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "13",
      "id_str" : "1967561473109295797",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1967561473109295797",
      "created_at" : "Mon Sep 15 12:09:45 +0000 2025",
      "favorited" : false,
      "full_text" : "진돗개 누리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/4CUIFdadTf",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "23",
      "id_str" : "1967003365110543610",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1967003365110543610",
      "created_at" : "Sat Sep 13 23:12:02 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 닭가슴살 육포 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "17",
      "id_str" : "1966712113079136727",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1966712113079136727",
      "created_at" : "Sat Sep 13 03:54:42 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "15",
      "id_str" : "1966287843568935109",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1966287843568935109",
      "created_at" : "Thu Sep 11 23:48:48 +0000 2025",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/cKdOIxLfZU",
            "expanded_url" : "https://mungmung.example/shop/656",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "14",
      "id_str" : "1966090237619910477",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1966090237619910477",
      "created_at" : "Thu Sep 11 10:43:35 +0000 2025",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/cKdOIxLfZU",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4UgVYGfOFG",
            "expanded_url" : "https://mungmung.example/shop/268",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "21",
      "id_str" : "1965614287798574603",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1965614287798574603",
      "created_at" : "Wed Sep 10 03:12:20 +0000 2025",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/4UgVYGfOFG",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "11",
      "id_str" : "1965229129614501964",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1965229129614501964",
      "created_at" : "Tue Sep 09 01:41:51 +0000 2025",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "12",
      "id_str" : "1965035343227521633",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1965035343227521633",
      "created_at" : "Mon Sep 08 12:51:49 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "23",
      "id_str" : "1964507724201633664",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1964507724201633664",
      "created_at" : "Sun Sep 07 01:55:14 +0000 2025",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "19",
      "id_str" : "1964301702803033144",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1964301702803033144",
      "created_at" : "Sat Sep 06 12:16:35 +0000 2025",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "8",
      "id_str" : "1963855691029137940",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963855691029137940",
      "created_at" : "Fri Sep 05 06:44:18 +0000 2025",
      "favorited" : false,
      "full_text" : "말티즈 콩이가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "35",
              "41"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "42",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "17",
      "id_str" : "1963586945558463432",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1963586945558463432",
      "created_at" : "Thu Sep 04 12:56:24 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 치즈볼 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "39",
      "id_str" : "1963020146864139531",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1963020146864139531",
      "created_at" : "Tue Sep 02 23:24:08 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 진돗개 누리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "22",
      "id_str" : "1962827366024731227",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1962827366024731227",
      "created_at" : "Tue Sep 02 10:38:06 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 시바 두부 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "14",
      "id_str" : "1962325448567430566",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1962325448567430566",
      "created_at" : "Mon Sep 01 01:23:39 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 연어 큐브 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/x1QMbmwqAV",
            "expanded_url" : "https://mungmung.example/shop/999",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "9",
      "id_str" : "1962043429432100217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1962043429432100217",
      "created_at" : "Sun Aug 31 06:43:01 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/x1QMbmwqAV",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "54",
              "58"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "59",
              "63"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "1961632986904914646",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961632986904914646",
      "created_at" : "Sat Aug 30 03:32:04 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/VB88Gborq6",
            "expanded_url" : "https://mungmung.example/shop/453",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "14",
      "id_str" : "1961265859014247584",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961265859014247584",
      "created_at" : "Fri Aug 29 03:13:14 +0000 2025",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/VB88Gborq6",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "8",
      "id_str" : "1961080846621022379",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961080846621022379",
      "created_at" : "Thu Aug 28 14:58:03 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 고구마 말랭이 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "39",
              "42"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "43",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "8",
      "id_str" : "1960588986309043547",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1960588986309043547",
      "created_at" : "Wed Aug 27 06:23:34 +0000 2025",
      "favorited" : false,
      "full_text" : "웰시코기 호두가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "55",
              "58"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "59",
              "63"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "1959955298178781030",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1959955298178781030",
      "created_at" : "Mon Aug 25 12:25:31 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 진돗개 누리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "19",
      "id_str" : "1959459206732523703",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1959459206732523703",
      "created_at" : "Sun Aug 24 03:34:14 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "11",
      "id_str" : "1959257380272337767",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1959257380272337767",
      "created_at" : "Sat Aug 23 14:12:15 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 진돗개 누리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "6",
      "id_str" : "1958894744293199082",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1958894744293199082",
      "created_at" : "Fri Aug 22 14:11:16 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "11",
      "id_str" : "1958505245924322558",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1958505245924322558",
      "created_at" : "Thu Aug 21 12:23:32 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "7",
      "id_str" : "1958115342917424145",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958115342917424145",
      "created_at" : "Wed Aug 20 10:34:12 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 푸들 보리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "49",
              "55"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "0",
      "id_str" : "1957776680666162030",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1957776680666162030",
      "created_at" : "Tue Aug 19 12:08:29 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "5",
      "id_str" : "1957277373010556006",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1957277373010556006",
      "created_at" : "Mon Aug 18 03:04:24 +0000 2025",
      "favorited" : false,
      "full_text" : "푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "3",
      "id_str" : "1957093787198562574",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957093787198562574",
      "created_at" : "Sun Aug 17 14:54:54 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "15",
      "id_str" : "1956702253928290565",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1956702253928290565",
      "created_at" : "Sat Aug 16 12:59:05 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 닭가슴살 육포 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "54",
              "58"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "59",
              "63"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "1956194708719479345",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956194708719479345",
      "created_at" : "Fri Aug 15 03:22:17 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "28",
              "34"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/p0IAtAF6Rm",
            "expanded_url" : "https://mungmung.example/shop/505",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "35",
              "58"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "12",
      "id_str" : "1955963512317669548",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1955963512317669548",
      "created_at" : "Thu Aug 14 12:03:36 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 치즈볼 20% 할인! 매장에서 만나요. #강아지간식 https://t.co/p0IAtAF6Rm",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "12",
      "id_str" : "1955468877822524205",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1955468877822524205",
      "created_at" : "Wed Aug 13 03:18:05 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "11",
      "id_str" : "1955250147963203760",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1955250147963203760",
      "created_at" : "Tue Aug 12 12:48:56 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "3",
      "id_str" : "1954881605160962882",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1954881605160962882",
      "created_at" : "Mon Aug 11 12:24:29 +0000 2025",
      "favorited" : false,
      "full_text" : "말티즈 콩이가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "22",
      "id_str" : "1954493334973924060",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1954493334973924060",
      "created_at" : "Sun Aug 10 10:41:38 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "10",
      "id_str" : "1954072698767773367",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1954072698767773367",
      "created_at" : "Sat Aug 09 06:50:10 +0000 2025",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "12",
      "id_str" : "1953622509840969302",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953622509840969302",
      "created_at" : "Fri Aug 08 01:01:17 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "17",
      "id_str" : "1953430599490294230",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1953430599490294230",
      "created_at" : "Thu Aug 07 12:18:42 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "4",
      "id_str" : "1953044309170176324",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953044309170176324",
      "created_at" : "Wed Aug 06 10:43:43 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 닭가슴살 육포 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/obDFqTiUib",
            "expanded_url" : "https://mungmung.example/shop/976",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "20",
      "id_str" : "1952680073272409872",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1952680073272409872",
      "created_at" : "Tue Aug 05 10:36:23 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/obDFqTiUib",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "54",
              "57"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "58",
              "62"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "1952142843100009214",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1952142843100009214",
      "created_at" : "Sun Aug 03 23:01:37 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 푸들 보리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "37",
              "40"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "41",
              "45"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sXVFBwC83f",
            "expanded_url" : "https://mungmung.example/shop/192",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "10",
      "id_str" : "1951886057889006736",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1951886057889006736",
      "created_at" : "Sun Aug 03 06:01:15 +0000 2025",
      "favorited" : false,
      "full_text" : "시바 두부가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지 https://t.co/sXVFBwC83f",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "49",
              "55"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "0",
      "id_str" : "1951619788584557510",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1951619788584557510",
      "created_at" : "Sat Aug 02 12:23:11 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "11",
      "id_str" : "1951258149463506333",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1951258149463506333",
      "created_at" : "Fri Aug 01 12:26:10 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "16",
      "id_str" : "1950897069782560267",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1950897069782560267",
      "created_at" : "Thu Jul 31 12:31:22 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 오리 목뼈 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "25",
      "id_str" : "1950334295688987305",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1950334295688987305",
      "created_at" : "Tue Jul 29 23:15:06 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "38",
              "41"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "15",
      "id_str" : "1950008514239171643",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1950008514239171643",
      "created_at" : "Tue Jul 29 01:40:33 +0000 2025",
      "favorited" : false,
      "full_text" : "진돗개 누리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/11cwqJ6Cvd",
            "expanded_url" : "https://mungmung.example/shop/621",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "3",
      "id_str" : "1949802412718551147",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949802412718551147",
      "created_at" : "Mon Jul 28 12:01:35 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/11cwqJ6Cvd",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "32",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "20",
      "id_str" : "1949273661589237414",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1949273661589237414",
      "created_at" : "Sun Jul 27 01:00:31 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 고구마 말랭이 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "32",
              "35"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "36",
              "40"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xbERdRaJHo",
            "expanded_url" : "https://mungmung.example/shop/510",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "41",
              "64"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "29",
      "id_str" : "1948922013181686004",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1948922013181686004",
      "created_at" : "Sat Jul 26 01:43:11 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 웰시코기 호두 🐕 오늘 날씨 최고예요. #산책 #댕댕이 https://t.co/xbERdRaJHo",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/l7Fjnyfdzv",
            "expanded_url" : "https://mungmung.example/shop/983",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "50",
              "73"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "10",
      "id_str" : "1948753787934760389",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1948753787934760389",
      "created_at" : "Fri Jul 25 14:34:43 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 닭가슴살 육포 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/l7Fjnyfdzv",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "15",
      "id_str" : "1947826465072448296",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1947826465072448296",
      "created_at" : "Wed Jul 23 01:09:52 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 시바 두부 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "13",
      "id_str" : "1947659533968074538",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947659533968074538",
      "created_at" : "Tue Jul 22 14:06:33 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 오리 목뼈 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "39",
              "45"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "46",
              "49"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "11",
      "id_str" : "1947142112868316598",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1947142112868316598",
      "created_at" : "Mon Jul 21 03:50:30 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 닭가슴살 육포 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "56",
              "62"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "63",
              "66"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "0",
      "id_str" : "1946812385079422569",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1946812385079422569",
      "created_at" : "Sun Jul 20 06:00:17 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 수제 고구마 말랭이 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "28",
              "34"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "17",
      "id_str" : "1946418842120062193",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1946418842120062193",
      "created_at" : "Sat Jul 19 03:56:29 +0000 2025",
      "favorited" : false,
      "full_text" : "이번 주말 치즈볼 20% 할인! 매장에서 만나요. #강아지간식",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "31",
      "id_str" : "1945983635083762770",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1945983635083762770",
      "created_at" : "Thu Jul 17 23:07:07 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/KrwUlv9tty",
            "expanded_url" : "https://mungmung.example/shop/225",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "40",
              "63"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "22",
      "id_str" : "1945685529919727388",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1945685529919727388",
      "created_at" : "Thu Jul 17 03:22:34 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이 https://t.co/KrwUlv9tty",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "11",
      "id_str" : "1945292504723507684",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1945292504723507684",
      "created_at" : "Wed Jul 16 01:20:49 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 푸들 보리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/6uhFUosBrS",
            "expanded_url" : "https://mungmung.example/shop/796",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "39",
              "62"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "14",
      "id_str" : "1945124352760949170",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945124352760949170",
      "created_at" : "Tue Jul 15 14:12:39 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 시바 두부 🐕 오늘 날씨 최고예요. #산책 #댕댕이 https://t.co/6uhFUosBrS",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/L0BZnSRjj6",
            "expanded_url" : "https://mungmung.example/shop/374",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "39",
              "62"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "13",
      "id_str" : "1944568006671360237",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1944568006671360237",
      "created_at" : "Mon Jul 14 01:21:55 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 푸들 보리 🐕 오늘 날씨 최고예요. #산책 #댕댕이 https://t.co/L0BZnSRjj6",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "27",
      "id_str" : "1944213105508088942",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1944213105508088942",
      "created_at" : "Sun Jul 13 01:51:40 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "36",
      "id_str" : "1943839505473778270",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1943839505473778270",
      "created_at" : "Sat Jul 12 01:07:07 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 진돗개 누리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xkiADQ1h7l",
            "expanded_url" : "https://mungmung.example/shop/175",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "5",
      "id_str" : "1943681382215987487",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943681382215987487",
      "created_at" : "Fri Jul 11 14:38:48 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상 https://t.co/xkiADQ1h7l",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "6",
      "id_str" : "1943319176455675838",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943319176455675838",
      "created_at" : "Thu Jul 10 14:39:31 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/h8X2unUxAn",
            "expanded_url" : "https://mungmung.example/shop/648",
            "display_url" : "mungmung.example/shop/…",
            "indices" : [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "13",
      "id_str" : "1942759188854171522",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1942759188854171522",
      "created_at" : "Wed Jul 09 01:34:20 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog https://t.co/h8X2unUxAn",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "15",
      "id_str" : "1942395024541670111",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1942395024541670111",
      "created_at" : "Tue Jul 08 01:27:16 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "11",
      "id_str" : "1942110051204426555",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1942110051204426555",
      "created_at" : "Mon Jul 07 06:34:53 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "30",
              "33"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "34",
              "38"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "11",
      "id_str" : "1941869995453290306",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1941869995453290306",
      "created_at" : "Sun Jul 06 14:40:59 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 푸들 보리 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "13",
      "id_str" : "1941382845473446122",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1941382845473446122",
      "created_at" : "Sat Jul 05 06:25:14 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "입양",
            "indices" : [
              "55",
              "58"
            ]
          },
          {
            "text" : "강아지",
            "indices" : [
              "59",
              "63"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "강아지 뉴스",
            "screen_name" : "dog_news_kr",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "1940943268120884121",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1940943268120884121",
      "created_at" : "Fri Jul 04 01:18:30 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dog_news_kr: 진돗개 누리가 새 가족을 기다려요. 보호소 입양 정보 공유합니다 🙏 #입양 #강아지",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지간식",
            "indices" : [
              "37",
              "43"
            ]
          },
          {
            "text" : "신상",
            "indices" : [
              "44",
              "47"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "6",
      "id_str" : "1940654738298345842",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940654738298345842",
      "created_at" : "Thu Jul 03 06:11:59 +0000 2025",
      "favorited" : false,
      "full_text" : "수제 오리 목뼈 간식 새로 들어왔어요 🦴 오늘 오후부터 판매해요! #강아지간식 #신상",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "산책",
            "indices" : [
              "31",
              "34"
            ]
          },
          {
            "text" : "댕댕이",
            "indices" : [
              "35",
              "39"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "17",
      "id_str" : "1940245141447809523",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1940245141447809523",
      "created_at" : "Wed Jul 02 03:04:24 +0000 2025",
      "favorited" : false,
      "full_text" : "아침 산책 다녀온 말티즈 콩이 🐕 오늘 날씨 최고예요. #산책 #댕댕이",
      "lang" : "ko"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "강아지",
            "indices" : [
              "37",
              "41"
            ]
          },
          {
            "text" : "dog",
            "indices" : [
              "42",
              "46"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "33",
      "id_str" : "1939821767097674858",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1939821767097674858",
      "created_at" : "Mon Jun 30 23:02:04 +0000 2025",
      "favorited" : false,
      "full_text" : "여름철 강아지 발바닥 화상 주의하세요. 한낮 산책은 피해 주세요. #강아지 #dog",
      "lang" : "ko"
    }
  }
]