window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "572351279010215942",
      "userLink" : "https://twitter.com/intent/user?user_id=572351279010215942"
    }
  },
  {
    "follower" : {
      "accountId" : "4967584166",
      "userLink" : "https://twitter.com/intent/user?user_id=4967584166"
    }
  },
  {
    "follower" : {
      "accountId" : "3429594881065150640",
      "userLink" : "https://twitter.com/intent/user?user_id=3429594881065150640"
    }
  },
  {
    "follower" : {
      "accountId" : "9831896426227559597",
      "userLink" : "https://twitter.com/intent/user?user_id=9831896426227559597"
    }
  },
  {
    "follower" : {
      "accountId" : "7945130599",
      "userLink" : "https://twitter.com/intent/user?user_id=7945130599"
    }
  },
  {
    "follower" : {
      "accountId" : "2685791778782577406",
      "userLink" : "https://twitter.com/intent/user?user_id=2685791778782577406"
    }
  },
  {
    "follower" : {
      "accountId" : "5070192822177386274",
      "userLink" : "https://twitter.com/intent/user?user_id=5070192822177386274"
    }
  },
  {
    "follower" : {
      "accountId" : "6622765143",
      "userLink" : "https://twitter.com/intent/user?user_id=6622765143"
    }
  },
  {
    "follower" : {
      "accountId" : "481679666519172627",
      "userLink" : "https://twitter.com/intent/user?user_id=481679666519172627"
    }
  },
  {
    "follower" : {
      "accountId" : "3411542225",
      "userLink" : "https://twitter.com/intent/user?user_id=3411542225"
    }
  },
  {
    "follower" : {
      "accountId" : "339005203263476855",
      "userLink" : "https://twitter.com/intent/user?user_id=339005203263476855"
    }
  },
  {
    "follower" : {
      "accountId" : "8311240456",
      "userLink" : "https://twitter.com/intent/user?user_id=8311240456"
    }
  },
  {
    "follower" : {
      "accountId" : "1528355554",
      "userLink" : "https://twitter.com/intent/user?user_id=1528355554"
    }
  },
  {
    "follower" : {
      "accountId" : "645193940875919793",
      "userLink" : "https://twitter.com/intent/user?user_id=645193940875919793"
    }
  },
  {
    "follower" : {
      "accountId" : "677776332762576359",
      "userLink" : "https://twitter.com/intent/user?user_id=677776332762576359"
    }
  },
  {
    "follower" : {
      "accountId" : "8892045374",
      "userLink" : "https://twitter.com/intent/user?user_id=8892045374"
    }
  },
  {
    "follower" : {
      "accountId" : "6449715116818470811",
      "userLink" : "https://twitter.com/intent/user?user_id=6449715116818470811"
    }
  },
  {
    "follower" : {
      "accountId" : "2522078121868980819",
      "userLink" : "https://twitter.com/intent/user?user_id=2522078121868980819"
    }
  },
  {
    "follower" : {
      "accountId" : "690466449095978882",
      "userLink" : "https://twitter.com/intent/user?user_id=690466449095978882"
    }
  },
  {
    "follower" : {
      "accountId" : "253059452",
      "userLink" : "https://twitter.com/intent/user?user_id=253059452"
    }
  },
  {
    "follower" : {
      "accountId" : "1082055579",
      "userLink" : "https://twitter.com/intent/user?user_id=1082055579"
    }
  },
  {
    "follower" : {
      "accountId" : "329632401059621321",
      "userLink" : "https://twitter.com/intent/user?user_id=329632401059621321"
    }
  },
  {
    "follower" : {
      "accountId" : "481431115090231909",
      "userLink" : "https://twitter.com/intent/user?user_id=481431115090231909"
    }
  },
  {
    "follower" : {
      "accountId" : "1194695354826589873",
      "userLink" : "https://twitter.com/intent/user?user_id=1194695354826589873"
    }
  },
  {
    "follower" : {
      "accountId" : "435818861",
      "userLink" : "https://twitter.com/intent/user?user_id=435818861"
    }
  },
  {
    "follower" : {
      "accountId" : "525603594",
      "userLink" : "https://twitter.com/intent/user?user_id=525603594"
    }
  },
  {
    "follower" : {
      "accountId" : "6729205365215244422",
      "userLink" : "https://twitter.com/intent/user?user_id=6729205365215244422"
    }
  },
  {
    "follower" : {
      "accountId" : "1519750375112128133",
      "userLink" : "https://twitter.com/intent/user?user_id=1519750375112128133"
    }
  },
  {
    "follower" : {
      "accountId" : "837529185752214948",
      "userLink" : "https://twitter.com/intent/user?user_id=837529185752214948"
    }
  },
  {
    "follower" : {
      "accountId" : "965224400819797284",
      "userLink" : "https://twitter.com/intent/user?user_id=965224400819797284"
    }
  },
  {
    "follower" : {
      "accountId" : "6243068086",
      "userLink" : "https://twitter.com/intent/user?user_id=6243068086"
    }
  },
  {
    "follower" : {
      "accountId" : "9824680601030605064",
      "userLink" : "https://twitter.com/intent/user?user_id=9824680601030605064"
    }
  },
  {
    "follower" : {
      "accountId" : "590043683",
      "userLink" : "https://twitter.com/intent/user?user_id=590043683"
    }
  },
  {
    "follower" : {
      "accountId" : "6169917372",
      "userLink" : "https://twitter.com/intent/user?user_id=6169917372"
    }
  },
  {
    "follower" : {
      "accountId" : "569632954483572892",
      "userLink" : "https://twitter.com/intent/user?user_id=569632954483572892"
    }
  },
  {
    "follower" : {
      "accountId" : "245517073837931223",
      "userLink" : "https://twitter.com/intent/user?user_id=245517073837931223"
    }
  },
  {
    "follower" : {
      "accountId" : "1627831672371901820",
      "userLink" : "https://twitter.com/intent/user?user_id=1627831672371901820"
    }
  },
  {
    "follower" : {
      "accountId" : "7891409082441048417",
      "userLink" : "https://twitter.com/intent/user?user_id=7891409082441048417"
    }
  },
  {
    "follower" : {
      "accountId" : "241387806423057660",
      "userLink" : "https://twitter.com/intent/user?user_id=241387806423057660"
    }
  },
  {
    "follower" : {
      "accountId" : "2924516677",
      "userLink" : "https://twitter.com/intent/user?user_id=2924516677"
    }
  },
  {
    "follower" : {
      "accountId" : "295111708",
      "userLink" : "https://twitter.com/intent/user?user_id=295111708"
    }
  },
  {
    "follower" : {
      "accountId" : "1397982647621872783",
      "userLink" : "https://twitter.com/intent/user?user_id=1397982647621872783"
    }
  },
  {
    "follower" : {
      "accountId" : "770595095",
      "userLink" : "https://twitter.com/intent/user?user_id=770595095"
    }
  },
  {
    "follower" : {
      "accountId" : "372956937908052277",
      "userLink" : "https://twitter.com/intent/user?user_id=372956937908052277"
    }
  },
  {
    "follower" : {
      "accountId" : "9708317689",
      "userLink" : "https://twitter.com/intent/user?user_id=9708317689"
    }
  },
  {
    "follower" : {
      "accountId" : "233389468235418188",
      "userLink" : "https://twitter.com/intent/user?user_id=233389468235418188"
    }
  },
  {
    "follower" : {
      "accountId" : "8421031987934346998",
      "userLink" : "https://twitter.com/intent/user?user_id=8421031987934346998"
    }
  },
  {
    "follower" : {
      "accountId" : "8537725370072510520",
      "userLink" : "https://twitter.com/intent/user?user_id=8537725370072510520"
    }
  },
  {
    "follower" : {
      "accountId" : "5833193527729903263",
      "userLink" : "https://twitter.com/intent/user?user_id=5833193527729903263"
    }
  },
  {
    "follower" : {
      "accountId" : "8384963843",
      "userLink" : "https://twitter.com/intent/user?user_id=8384963843"
    }
  },
  {
    "follower" : {
      "accountId" : "879881401",
      "userLink" : "https://twitter.com/intent/user?user_id=879881401"
    }
  },
  {
    "follower" : {
      "accountId" : "8571743578",
      "userLink" : "https://twitter.com/intent/user?user_id=8571743578"
    }
  },
  {
    "follower" : {
      "accountId" : "7700455568226570247",
      "userLink" : "https://twitter.com/intent/user?user_id=7700455568226570247"
    }
  },
  {
    "follower" : {
      "accountId" : "9049752362475452710",
      "userLink" : "https://twitter.com/intent/user?user_id=9049752362475452710"
    }
  },
  {
    "follower" : {
      "accountId" : "953813577840150974",
      "userLink" : "https://twitter.com/intent/user?user_id=953813577840150974"
    }
  },
  {
    "follower" : {
      "accountId" : "846200944",
      "userLink" : "https://twitter.com/intent/user?user_id=846200944"
    }
  },
  {
    "follower" : {
      "accountId" : "7353561043710600997",
      "userLink" : "https://twitter.com/intent/user?user_id=7353561043710600997"
    }
  },
  {
    "follower" : {
      "accountId" : "905471722",
      "userLink" : "https://twitter.com/intent/user?user_id=905471722"
    }
  },
  {
    "follower" : {
      "accountId" : "871470786012889436",
      "userLink" : "https://twitter.com/intent/user?user_id=871470786012889436"
    }
  },
  {
    "follower" : {
      "accountId" : "772489588",
      "userLink" : "https://twitter.com/intent/user?user_id=772489588"
    }
  },
  {
    "follower" : {
      "accountId" : "3351587162",
      "userLink" : "https://twitter.com/intent/user?user_id=3351587162"
    }
  },
  {
    "follower" : {
      "accountId" : "9223732340",
      "userLink" : "https://twitter.com/intent/user?user_id=9223732340"
    }
  },
  {
    "follower" : {
      "accountId" : "4534534693",
      "userLink" : "https://twitter.com/intent/user?user_id=4534534693"
    }
  },
  {
    "follower" : {
      "accountId" : "216507356",
      "userLink" : "https://twitter.com/intent/user?user_id=216507356"
    }
  },
  {
    "follower" : {
      "accountId" : "179954656",
      "userLink" : "https://twitter.com/intent/user?user_id=179954656"
    }
  },
  {
    "follower" : {
      "accountId" : "391366081",
      "userLink" : "https://twitter.com/intent/user?user_id=391366081"
    }
  },
  {
    "follower" : {
      "accountId" : "324767235",
      "userLink" : "https://twitter.com/intent/user?user_id=324767235"
    }
  },
  {
    "follower" : {
      "accountId" : "6396136700",
      "userLink" : "https://twitter.com/intent/user?user_id=6396136700"
    }
  },
  {
    "follower" : {
      "accountId" : "5902558403606732023",
      "userLink" : "https://twitter.com/intent/user?user_id=5902558403606732023"
    }
  },
  {
    "follower" : {
      "accountId" : "2318980143",
      "userLink" : "https://twitter.com/intent/user?user_id=2318980143"
    }
  },
  {
    "follower" : {
      "accountId" : "2770638612",
      "userLink" : "https://twitter.com/intent/user?user_id=2770638612"
    }
  },
  {
    "follower" : {
      "accountId" : "8868133647459091827",
      "userLink" : "https://twitter.com/intent/user?user_id=8868133647459091827"
    }
  },
  {
    "follower" : {
      "accountId" : "8692354137",
      "userLink" : "https://twitter.com/intent/user?user_id=8692354137"
    }
  },
  {
    "follower" : {
      "accountId" : "636819362274179392",
      "userLink" : "https://twitter.com/intent/user?user_id=636819362274179392"
    }
  },
  {
    "follower" : {
      "accountId" : "519664227",
      "userLink" : "https://twitter.com/intent/user?user_id=519664227"
    }
  },
  {
    "follower" : {
      "accountId" : "5302081926377444584",
      "userLink" : "https://twitter.com/intent/user?user_id=5302081926377444584"
    }
  },
  {
    "follower" : {
      "accountId" : "6321986079362341881",
      "userLink" : "https://twitter.com/intent/user?user_id=6321986079362341881"
    }
  },
  {
    "follower" : {
      "accountId" : "762136840901359986",
      "userLink" : "https://twitter.com/intent/user?user_id=762136840901359986"
    }
  },
  {
    "follower" : {
      "accountId" : "4380934038617232481",
      "userLink" : "https://twitter.com/intent/user?user_id=4380934038617232481"
    }
  },
  {
    "follower" : {
      "accountId" : "572022951",
      "userLink" : "https://twitter.com/intent/user?user_id=572022951"
    }
  },
  {
    "follower" : {
      "accountId" : "3960185249",
      "userLink" : "https://twitter.com/intent/user?user_id=3960185249"
    }
  },
  {
    "follower" : {
      "accountId" : "305264686767850905",
      "userLink" : "https://twitter.com/intent/user?user_id=305264686767850905"
    }
  },
  {
    "follower" : {
      "accountId" : "2233872748",
      "userLink" : "https://twitter.com/intent/user?user_id=2233872748"
    }
  },
  {
    "follower" : {
      "accountId" : "981786803388432451",
      "userLink" : "https://twitter.com/intent/user?user_id=981786803388432451"
    }
  },
  {
    "follower" : {
      "accountId" : "4799468755640918940",
      "userLink" : "https://twitter.com/intent/user?user_id=4799468755640918940"
    }
  },
  {
    "follower" : {
      "accountId" : "507375371330812444",
      "userLink" : "https://twitter.com/intent/user?user_id=507375371330812444"
    }
  },
  {
    "follower" : {
      "accountId" : "7858423768",
      "userLink" : "https://twitter.com/intent/user?user_id=7858423768"
    }
  },
  {
    "follower" : {
      "accountId" : "859142655",
      "userLink" : "https://twitter.com/intent/user?user_id=859142655"
    }
  },
  {
    "follower" : {
      "accountId" : "7018075630768530728",
      "userLink" : "https://twitter.com/intent/user?user_id=7018075630768530728"
    }
  },
  {
    "follower" : {
      "accountId" : "959226870",
      "userLink" : "https://twitter.com/intent/user?user_id=959226870"
    }
  },
  {
    "follower" : {
      "accountId" : "7991861833098657640",
      "userLink" : "https://twitter.com/intent/user?user_id=7991861833098657640"
    }
  },
  {
    "follower" : {
      "accountId" : "8564180536",
      "userLink" : "https://twitter.com/intent/user?user_id=8564180536"
    }
  },
  {
    "follower" : {
      "accountId" : "2432138462750568265",
      "userLink" : "https://twitter.com/intent/user?user_id=2432138462750568265"
    }
  },
  {
    "follower" : {
      "accountId" : "529654310",
      "userLink" : "https://twitter.com/intent/user?user_id=529654310"
    }
  },
  {
    "follower" : {
      "accountId" : "8096193951",
      "userLink" : "https://twitter.com/intent/user?user_id=8096193951"
    }
  },
  {
    "follower" : {
      "accountId" : "1060668131165587837",
      "userLink" : "https://twitter.com/intent/user?user_id=1060668131165587837"
    }
  },
  {
    "follower" : {
      "accountId" : "786268917",
      "userLink" : "https://twitter.com/intent/user?user_id=786268917"
    }
  },
  {
    "follower" : {
      "accountId" : "1042620272211343981",
      "userLink" : "https://twitter.com/intent/user?user_id=1042620272211343981"
    }
  },
  {
    "follower" : {
      "accountId" : "671155835",
      "userLink" : "https://twitter.com/intent/user?user_id=671155835"
    }
  },
  {
    "follower" : {
      "accountId" : "5639216640180287121",
      "userLink" : "https://twitter.com/intent/user?user_id=5639216640180287121"
    }
  },
  {
    "follower" : {
      "accountId" : "741915892811199007",
      "userLink" : "https://twitter.com/intent/user?user_id=741915892811199007"
    }
  },
  {
    "follower" : {
      "accountId" : "425142650",
      "userLink" : "https://twitter.com/intent/user?user_id=425142650"
    }
  },
  {
    "follower" : {
      "accountId" : "281889071555043251",
      "userLink" : "https://twitter.com/intent/user?user_id=281889071555043251"
    }
  },
  {
    "follower" : {
      "accountId" : "2204419867130961032",
      "userLink" : "https://twitter.com/intent/user?user_id=2204419867130961032"
    }
  },
  {
    "follower" : {
      "accountId" : "507766389684374695",
      "userLink" : "https://twitter.com/intent/user?user_id=507766389684374695"
    }
  },
  {
    "follower" : {
      "accountId" : "7220418316240705030",
      "userLink" : "https://twitter.com/intent/user?user_id=7220418316240705030"
    }
  },
  {
    "follower" : {
      "accountId" : "632631676",
      "userLink" : "https://twitter.com/intent/user?user_id=632631676"
    }
  },
  {
    "follower" : {
      "accountId" : "9962734494478749610",
      "userLink" : "https://twitter.com/intent/user?user_id=9962734494478749610"
    }
  },
  {
    "follower" : {
      "accountId" : "8131671224",
      "userLink" : "https://twitter.com/intent/user?user_id=8131671224"
    }
  },
  {
    "follower" : {
      "accountId" : "263300219642995437",
      "userLink" : "https://twitter.com/intent/user?user_id=263300219642995437"
    }
  },
  {
    "follower" : {
      "accountId" : "9823452263",
      "userLink" : "https://twitter.com/intent/user?user_id=9823452263"
    }
  },
  {
    "follower" : {
      "accountId" : "499947572",
      "userLink" : "https://twitter.com/intent/user?user_id=499947572"
    }
  },
  {
    "follower" : {
      "accountId" : "9989258130",
      "userLink" : "https://twitter.com/intent/user?user_id=9989258130"
    }
  },
  {
    "follower" : {
      "accountId" : "164504518",
      "userLink" : "https://twitter.com/intent/user?user_id=164504518"
    }
  },
  {
    "follower" : {
      "accountId" : "418631556",
      "userLink" : "https://twitter.com/intent/user?user_id=418631556"
    }
  },
  {
    "follower" : {
      "accountId" : "430663951",
      "userLink" : "https://twitter.com/intent/user?user_id=430663951"
    }
  },
  {
    "follower" : {
      "accountId" : "565984669546184233",
      "userLink" : "https://twitter.com/intent/user?user_id=565984669546184233"
    }
  },
  {
    "follower" : {
      "accountId" : "902705607808447591",
      "userLink" : "https://twitter.com/intent/user?user_id=902705607808447591"
    }
  },
  {
    "follower" : {
      "accountId" : "550721680",
      "userLink" : "https://twitter.com/intent/user?user_id=550721680"
    }
  },
  {
    "follower" : {
      "accountId" : "1117281587",
      "userLink" : "https://twitter.com/intent/user?user_id=1117281587"
    }
  },
  {
    "follower" : {
      "accountId" : "1104464055360723910",
      "userLink" : "https://twitter.com/intent/user?user_id=1104464055360723910"
    }
  },
  {
    "follower" : {
      "accountId" : "3335536482864012551",
      "userLink" : "https://twitter.com/intent/user?user_id=3335536482864012551"
    }
  },
  {
    "follower" : {
      "accountId" : "938802245",
      "userLink" : "https://twitter.com/intent/user?user_id=938802245"
    }
  },
  {
    "follower" : {
      "accountId" : "179175340954919947",
      "userLink" : "https://twitter.com/intent/user?user_id=179175340954919947"
    }
  },
  {
    "follower" : {
      "accountId" : "7711496070762776767",
      "userLink" : "https://twitter.com/intent/user?user_id=7711496070762776767"
    }
  },
  {
    "follower" : {
      "accountId" : "447668161274972217",
      "userLink" : "https://twitter.com/intent/user?user_id=447668161274972217"
    }
  },
  {
    "follower" : {
      "accountId" : "382396770",
      "userLink" : "https://twitter.com/intent/user?user_id=382396770"
    }
  },
  {
    "follower" : {
      "accountId" : "598366535",
      "userLink" : "https://twitter.com/intent/user?user_id=598366535"
    }
  },
  {
    "follower" : {
      "accountId" : "1291691202250285863",
      "userLink" : "https://twitter.com/intent/user?user_id=1291691202250285863"
    }
  },
  {
    "follower" : {
      "accountId" : "3755103285",
      "userLink" : "https://twitter.com/intent/user?user_id=3755103285"
    }
  },
  {
    "follower" : {
      "accountId" : "221490007454597257",
      "userLink" : "https://twitter.com/intent/user?user_id=221490007454597257"
    }
  },
  {
    "follower" : {
      "accountId" : "805521771",
      "userLink" : "https://twitter.com/intent/user?user_id=805521771"
    }
  },
  {
    "follower" : {
      "accountId" : "105964703",
      "userLink" : "https://twitter.com/intent/user?user_id=105964703"
    }
  },
  {
    "follower" : {
      "accountId" : "699948292237789713",
      "userLink" : "https://twitter.com/intent/user?user_id=699948292237789713"
    }
  },
  {
    "follower" : {
      "accountId" : "8789713774772808685",
      "userLink" : "https://twitter.com/intent/user?user_id=8789713774772808685"
    }
  },
  {
    "follower" : {
      "accountId" : "5267928474",
      "userLink" : "https://twitter.com/intent/user?user_id=5267928474"
    }
  },
  {
    "follower" : {
      "accountId" : "4337736528",
      "userLink" : "https://twitter.com/intent/user?user_id=4337736528"
    }
  },
  {
    "follower" : {
      "accountId" : "4585167452",
      "userLink" : "https://twitter.com/intent/user?user_id=4585167452"
    }
  },
  {
    "follower" : {
      "accountId" : "1600234530985721600",
      "userLink" : "https://twitter.com/intent/user?user_id=1600234530985721600"
    }
  },
  {
    "follower" : {
      "accountId" : "5850974838224780690",
      "userLink" : "https://twitter.com/intent/user?user_id=5850974838224780690"
    }
  },
  {
    "follower" : {
      "accountId" : "8230457773501867090",
      "userLink" : "https://twitter.com/intent/user?user_id=8230457773501867090"
    }
  },
  {
    "follower" : {
      "accountId" : "6558704799613985885",
      "userLink" : "https://twitter.com/intent/user?user_id=6558704799613985885"
    }
  },
  {
    "follower" : {
      "accountId" : "352108390",
      "userLink" : "https://twitter.com/intent/user?user_id=352108390"
    }
  },
  {
    "follower" : {
      "accountId" : "5655833334",
      "userLink" : "https://twitter.com/intent/user?user_id=5655833334"
    }
  },
  {
    "follower" : {
      "accountId" : "676729372752068144",
      "userLink" : "https://twitter.com/intent/user?user_id=676729372752068144"
    }
  },
  {
    "follower" : {
      "accountId" : "8139576112259925945",
      "userLink" : "https://twitter.com/intent/user?user_id=8139576112259925945"
    }
  },
  {
    "follower" : {
      "accountId" : "6962028065686356633",
      "userLink" : "https://twitter.com/intent/user?user_id=6962028065686356633"
    }
  },
  {
    "follower" : {
      "accountId" : "341601991173184076",
      "userLink" : "https://twitter.com/intent/user?user_id=341601991173184076"
    }
  },
  {
    "follower" : {
      "accountId" : "3075436256",
      "userLink" : "https://twitter.com/intent/user?user_id=3075436256"
    }
  },
  {
    "follower" : {
      "accountId" : "559371749",
      "userLink" : "https://twitter.com/intent/user?user_id=559371749"
    }
  },
  {
    "follower" : {
      "accountId" : "195032344",
      "userLink" : "https://twitter.com/intent/user?user_id=195032344"
    }
  },
  {
    "follower" : {
      "accountId" : "854351638",
      "userLink" : "https://twitter.com/intent/user?user_id=854351638"
    }
  },
  {
    "follower" : {
      "accountId" : "2757294209141325367",
      "userLink" : "https://twitter.com/intent/user?user_id=2757294209141325367"
    }
  },
  {
    "follower" : {
      "accountId" : "980452800",
      "userLink" : "https://twitter.com/intent/user?user_id=980452800"
    }
  },
  {
    "follower" : {
      "accountId" : "475215939",
      "userLink" : "https://twitter.com/intent/user?user_id=475215939"
    }
  },
  {
    "follower" : {
      "accountId" : "727055291",
      "userLink" : "https://twitter.com/intent/user?user_id=727055291"
    }
  },
  {
    "follower" : {
      "accountId" : "1397298386",
      "userLink" : "https://twitter.com/intent/user?user_id=1397298386"
    }
  },
  {
    "follower" : {
      "accountId" : "8770215564209435983",
      "userLink" : "https://twitter.com/intent/user?user_id=8770215564209435983"
    }
  },
  {
    "follower" : {
      "accountId" : "1024844684",
      "userLink" : "https://twitter.com/intent/user?user_id=1024844684"
    }
  },
  {
    "follower" : {
      "accountId" : "1010842161519966041",
      "userLink" : "https://twitter.com/intent/user?user_id=1010842161519966041"
    }
  },
  {
    "follower" : {
      "accountId" : "652362219",
      "userLink" : "https://twitter.com/intent/user?user_id=652362219"
    }
  },
  {
    "follower" : {
      "accountId" : "474645125",
      "userLink" : "https://twitter.com/intent/user?user_id=474645125"
    }
  },
  {
    "follower" : {
      "accountId" : "943377483",
      "userLink" : "https://twitter.com/intent/user?user_id=943377483"
    }
  },
  {
    "follower" : {
      "accountId" : "2765653983790874714",
      "userLink" : "https://twitter.com/intent/user?user_id=2765653983790874714"
    }
  },
  {
    "follower" : {
      "accountId" : "681270899052572755",
      "userLink" : "https://twitter.com/intent/user?user_id=681270899052572755"
    }
  },
  {
    "follower" : {
      "accountId" : "846333060504265008",
      "userLink" : "https://twitter.com/intent/user?user_id=846333060504265008"
    }
  },
  {
    "follower" : {
      "accountId" : "1425032965028423177",
      "userLink" : "https://twitter.com/intent/user?user_id=1425032965028423177"
    }
  },
  {
    "follower" : {
      "accountId" : "524518658",
      "userLink" : "https://twitter.com/intent/user?user_id=524518658"
    }
  },
  {
    "follower" : {
      "accountId" : "420242546",
      "userLink" : "https://twitter.com/intent/user?user_id=420242546"
    }
  },
  {
    "follower" : {
      "accountId" : "173056389598600966",
      "userLink" : "https://twitter.com/intent/user?user_id=173056389598600966"
    }
  },
  {
    "follower" : {
      "accountId" : "6929825663",
      "userLink" : "https://twitter.com/intent/user?user_id=6929825663"
    }
  },
  {
    "follower" : {
      "accountId" : "859769078",
      "userLink" : "https://twitter.com/intent/user?user_id=859769078"
    }
  },
  {
    "follower" : {
      "accountId" : "7753478092",
      "userLink" : "https://twitter.com/intent/user?user_id=7753478092"
    }
  },
  {
    "follower" : {
      "accountId" : "4056578406592262605",
      "userLink" : "https://twitter.com/intent/user?user_id=4056578406592262605"
    }
  },
  {
    "follower" : {
      "accountId" : "948810286",
      "userLink" : "https://twitter.com/intent/user?user_id=948810286"
    }
  },
  {
    "follower" : {
      "accountId" : "5750407174861714253",
      "userLink" : "https://twitter.com/intent/user?user_id=5750407174861714253"
    }
  },
  {
    "follower" : {
      "accountId" : "692458545",
      "userLink" : "https://twitter.com/intent/user?user_id=692458545"
    }
  },
  {
    "follower" : {
      "accountId" : "4494593703798632314",
      "userLink" : "https://twitter.com/intent/user?user_id=4494593703798632314"
    }
  },
  {
    "follower" : {
      "accountId" : "4352968564",
      "userLink" : "https://twitter.com/intent/user?user_id=4352968564"
    }
  },
  {
    "follower" : {
      "accountId" : "446940354292025490",
      "userLink" : "https://twitter.com/intent/user?user_id=446940354292025490"
    }
  },
  {
    "follower" : {
      "accountId" : "7127935003248990558",
      "userLink" : "https://twitter.com/intent/user?user_id=7127935003248990558"
    }
  },
  {
    "follower" : {
      "accountId" : "607531635",
      "userLink" : "https://twitter.com/intent/user?user_id=607531635"
    }
  },
  {
    "follower" : {
      "accountId" : "3094379981435837754",
      "userLink" : "https://twitter.com/intent/user?user_id=3094379981435837754"
    }
  },
  {
    "follower" : {
      "accountId" : "8239076276296457887",
      "userLink" : "https://twitter.com/intent/user?user_id=8239076276296457887"
    }
  },
  {
    "follower" : {
      "accountId" : "6042236739",
      "userLink" : "https://twitter.com/intent/user?user_id=6042236739"
    }
  },
  {
    "follower" : {
      "accountId" : "605024937",
      "userLink" : "https://twitter.com/intent/user?user_id=605024937"
    }
  },
  {
    "follower" : {
      "accountId" : "5504156137",
      "userLink" : "https://twitter.com/intent/user?user_id=5504156137"
    }
  },
  {
    "follower" : {
      "accountId" : "394560053",
      "userLink" : "https://twitter.com/intent/user?user_id=394560053"
    }
  },
  {
    "follower" : {
      "accountId" : "215296255",
      "userLink" : "https://twitter.com/intent/user?user_id=215296255"
    }
  },
  {
    "follower" : {
      "accountId" : "953303187",
      "userLink" : "https://twitter.com/intent/user?user_id=953303187"
    }
  },
  {
    "follower" : {
      "accountId" : "463513121927312270",
      "userLink" : "https://twitter.com/intent/user?user_id=463513121927312270"
    }
  },
  {
    "follower" : {
      "accountId" : "890401904",
      "userLink" : "https://twitter.com/intent/user?user_id=890401904"
    }
  },
  {
    "follower" : {
      "accountId" : "3677153291",
      "userLink" : "https://twitter.com/intent/user?user_id=3677153291"
    }
  },
  {
    "follower" : {
      "accountId" : "993364586",
      "userLink" : "https://twitter.com/intent/user?user_id=993364586"
    }
  },
  {
    "follower" : {
      "accountId" : "1172903060",
      "userLink" : "https://twitter.com/intent/user?user_id=1172903060"
    }
  },
  {
    "follower" : {
      "accountId" : "8704302016",
      "userLink" : "https://twitter.com/intent/user?user_id=8704302016"
    }
  },
  {
    "follower" : {
      "accountId" : "266087260",
      "userLink" : "https://twitter.com/intent/user?user_id=266087260"
    }
  },
  {
    "follower" : {
      "accountId" : "132754274874199181",
      "userLink" : "https://twitter.com/intent/user?user_id=132754274874199181"
    }
  },
  {
    "follower" : {
      "accountId" : "7054794762",
      "userLink" : "https://twitter.com/intent/user?user_id=7054794762"
    }
  },
  {
    "follower" : {
      "accountId" : "4818027916",
      "userLink" : "https://twitter.com/intent/user?user_id=4818027916"
    }
  },
  {
    "follower" : {
      "accountId" : "571646612941575944",
      "userLink" : "https://twitter.com/intent/user?user_id=571646612941575944"
    }
  },
  {
    "follower" : {
      "accountId" : "924957953998177696",
      "userLink" : "https://twitter.com/intent/user?user_id=924957953998177696"
    }
  },
  {
    "follower" : {
      "accountId" : "111759229",
      "userLink" : "https://twitter.com/intent/user?user_id=111759229"
    }
  },
  {
    "follower" : {
      "accountId" : "5625446314210223685",
      "userLink" : "https://twitter.com/intent/user?user_id=5625446314210223685"
    }
  },
  {
    "follower" : {
      "accountId" : "6789692533987996102",
      "userLink" : "https://twitter.com/intent/user?user_id=6789692533987996102"
    }
  },
  {
    "follower" : {
      "accountId" : "5355094189",
      "userLink" : "https://twitter.com/intent/user?user_id=5355094189"
    }
  },
  {
    "follower" : {
      "accountId" : "107999119",
      "userLink" : "https://twitter.com/intent/user?user_id=107999119"
    }
  },
  {
    "follower" : {
      "accountId" : "558677821547183394",
      "userLink" : "https://twitter.com/intent/user?user_id=558677821547183394"
    }
  },
  {
    "follower" : {
      "accountId" : "464692237666663606",
      "userLink" : "https://twitter.com/intent/user?user_id=464692237666663606"
    }
  },
  {
    "follower" : {
      "accountId" : "8852625247672366627",
      "userLink" : "https://twitter.com/intent/user?user_id=8852625247672366627"
    }
  },
  {
    "follower" : {
      "accountId" : "5642516151",
      "userLink" : "https://twitter.com/intent/user?user_id=5642516151"
    }
  },
  {
    "follower" : {
      "accountId" : "852627337749435364",
      "userLink" : "https://twitter.com/intent/user?user_id=852627337749435364"
    }
  },
  {
    "follower" : {
      "accountId" : "609027034",
      "userLink" : "https://twitter.com/intent/user?user_id=609027034"
    }
  },
  {
    "follower" : {
      "accountId" : "5314432820488875331",
      "userLink" : "https://twitter.com/intent/user?user_id=5314432820488875331"
    }
  },
  {
    "follower" : {
      "accountId" : "7066797679",
      "userLink" : "https://twitter.com/intent/user?user_id=7066797679"
    }
  },
  {
    "follower" : {
      "accountId" : "2285884622",
      "userLink" : "https://twitter.com/intent/user?user_id=2285884622"
    }
  },
  {
    "follower" : {
      "accountId" : "6994508723622659733",
      "userLink" : "https://twitter.com/intent/user?user_id=6994508723622659733"
    }
  },
  {
    "follower" : {
      "accountId" : "7351380160",
      "userLink" : "https://twitter.com/intent/user?user_id=7351380160"
    }
  },
  {
    "follower" : {
      "accountId" : "968251741608288023",
      "userLink" : "https://twitter.com/intent/user?user_id=968251741608288023"
    }
  },
  {
    "follower" : {
      "accountId" : "1012406709",
      "userLink" : "https://twitter.com/intent/user?user_id=1012406709"
    }
  },
  {
    "follower" : {
      "accountId" : "8577317619",
      "userLink" : "https://twitter.com/intent/user?user_id=8577317619"
    }
  },
  {
    "follower" : {
      "accountId" : "1308295164",
      "userLink" : "https://twitter.com/intent/user?user_id=1308295164"
    }
  },
  {
    "follower" : {
      "accountId" : "319269345",
      "userLink" : "https://twitter.com/intent/user?user_id=319269345"
    }
  },
  {
    "follower" : {
      "accountId" : "5214460843905610939",
      "userLink" : "https://twitter.com/intent/user?user_id=5214460843905610939"
    }
  },
  {
    "follower" : {
      "accountId" : "947099773",
      "userLink" : "https://twitter.com/intent/user?user_id=947099773"
    }
  },
  {
    "follower" : {
      "accountId" : "9044646739437461252",
      "userLink" : "https://twitter.com/intent/user?user_id=9044646739437461252"
    }
  },
  {
    "follower" : {
      "accountId" : "7503165840",
      "userLink" : "https://twitter.com/intent/user?user_id=7503165840"
    }
  },
  {
    "follower" : {
      "accountId" : "6381508449",
      "userLink" : "https://twitter.com/intent/user?user_id=6381508449"
    }
  },
  {
    "follower" : {
      "accountId" : "9750522952",
      "userLink" : "https://twitter.com/intent/user?user_id=9750522952"
    }
  },
  {
    "follower" : {
      "accountId" : "100298707731549993",
      "userLink" : "https://twitter.com/intent/user?user_id=100298707731549993"
    }
  },
  {
    "follower" : {
      "accountId" : "7798881669",
      "userLink" : "https://twitter.com/intent/user?user_id=7798881669"
    }
  },
  {
    "follower" : {
      "accountId" : "256205731",
      "userLink" : "https://twitter.com/intent/user?user_id=256205731"
    }
  },
  {
    "follower" : {
      "accountId" : "7204075339",
      "userLink" : "https://twitter.com/intent/user?user_id=7204075339"
    }
  },
  {
    "follower" : {
      "accountId" : "525259930962001923",
      "userLink" : "https://twitter.com/intent/user?user_id=525259930962001923"
    }
  },
  {
    "follower" : {
      "accountId" : "6512845401",
      "userLink" : "https://twitter.com/intent/user?user_id=6512845401"
    }
  },
  {
    "follower" : {
      "accountId" : "724318766",
      "userLink" : "https://twitter.com/intent/user?user_id=724318766"
    }
  },
  {
    "follower" : {
      "accountId" : "772563936",
      "userLink" : "https://twitter.com/intent/user?user_id=772563936"
    }
  },
  {
    "follower" : {
      "accountId" : "639100250",
      "userLink" : "https://twitter.com/intent/user?user_id=639100250"
    }
  },
  {
    "follower" : {
      "accountId" : "8885892657",
      "userLink" : "https://twitter.com/intent/user?user_id=8885892657"
    }
  },
  {
    "follower" : {
      "accountId" : "4109199969",
      "userLink" : "https://twitter.com/intent/user?user_id=4109199969"
    }
  },
  {
    "follower" : {
      "accountId" : "662520046",
      "userLink" : "https://twitter.com/intent/user?user_id=662520046"
    }
  },
  {
    "follower" : {
      "accountId" : "270012064",
      "userLink" : "https://twitter.com/intent/user?user_id=270012064"
    }
  },
  {
    "follower" : {
      "accountId" : "256085852127845520",
      "userLink" : "https://twitter.com/intent/user?user_id=256085852127845520"
    }
  },
  {
    "follower" : {
      "accountId" : "6964510212",
      "userLink" : "https://twitter.com/intent/user?user_id=6964510212"
    }
  },
  {
    "follower" : {
      "accountId" : "289236605",
      "userLink" : "https://twitter.com/intent/user?user_id=289236605"
    }
  },
  {
    "follower" : {
      "accountId" : "331892692890392902",
      "userLink" : "https://twitter.com/intent/user?user_id=331892692890392902"
    }
  },
  {
    "follower" : {
      "accountId" : "221539748579825912",
      "userLink" : "https://twitter.com/intent/user?user_id=221539748579825912"
    }
  },
  {
    "follower" : {
      "accountId" : "2241250514032878984",
      "userLink" : "https://twitter.com/intent/user?user_id=2241250514032878984"
    }
  },
  {
    "follower" : {
      "accountId" : "778261738",
      "userLink" : "https://twitter.com/intent/user?user_id=778261738"
    }
  },
  {
    "follower" : {
      "accountId" : "855870255",
      "userLink" : "https://twitter.com/intent/user?user_id=855870255"
    }
  },
  {
    "follower" : {
      "accountId" : "786310876",
      "userLink" : "https://twitter.com/intent/user?user_id=786310876"
    }
  },
  {
    "follower" : {
      "accountId" : "401392455078706710",
      "userLink" : "https://twitter.com/intent/user?user_id=401392455078706710"
    }
  },
  {
    "follower" : {
      "accountId" : "925602693556259472",
      "userLink" : "https://twitter.com/intent/user?user_id=925602693556259472"
    }
  },
  {
    "follower" : {
      "accountId" : "205318520",
      "userLink" : "https://twitter.com/intent/user?user_id=205318520"
    }
  },
  {
    "follower" : {
      "accountId" : "5008119585779460910",
      "userLink" : "https://twitter.com/intent/user?user_id=5008119585779460910"
    }
  },
  {
    "follower" : {
      "accountId" : "594521122",
      "userLink" : "https://twitter.com/intent/user?user_id=594521122"
    }
  },
  {
    "follower" : {
      "accountId" : "940617434732365682",
      "userLink" : "https://twitter.com/intent/user?user_id=940617434732365682"
    }
  },
  {
    "follower" : {
      "accountId" : "784033320079661987",
      "userLink" : "https://twitter.com/intent/user?user_id=784033320079661987"
    }
  },
  {
    "follower" : {
      "accountId" : "4976701775176046916",
      "userLink" : "https://twitter.com/intent/user?user_id=4976701775176046916"
    }
  },
  {
    "follower" : {
      "accountId" : "978663307904030784",
      "userLink" : "https://twitter.com/intent/user?user_id=978663307904030784"
    }
  },
  {
    "follower" : {
      "accountId" : "912018359",
      "userLink" : "https://twitter.com/intent/user?user_id=912018359"
    }
  },
  {
    "follower" : {
      "accountId" : "631781218919973446",
      "userLink" : "https://twitter.com/intent/user?user_id=631781218919973446"
    }
  },
  {
    "follower" : {
      "accountId" : "8084633337",
      "userLink" : "https://twitter.com/intent/user?user_id=8084633337"
    }
  },
  {
    "follower" : {
      "accountId" : "524557436103878042",
      "userLink" : "https://twitter.com/intent/user?user_id=524557436103878042"
    }
  },
  {
    "follower" : {
      "accountId" : "284383763748821221",
      "userLink" : "https://twitter.com/intent/user?user_id=284383763748821221"
    }
  },
  {
    "follower" : {
      "accountId" : "9633281464",
      "userLink" : "https://twitter.com/intent/user?user_id=9633281464"
    }
  },
  {
    "follower" : {
      "accountId" : "167259652",
      "userLink" : "https://twitter.com/intent/user?user_id=167259652"
    }
  },
  {
    "follower" : {
      "accountId" : "355986309266645803",
      "userLink" : "https://twitter.com/intent/user?user_id=355986309266645803"
    }
  },
  {
    "follower" : {
      "accountId" : "535270113",
      "userLink" : "https://twitter.com/intent/user?user_id=535270113"
    }
  },
  {
    "follower" : {
      "accountId" : "6008289407174792986",
      "userLink" : "https://twitter.com/intent/user?user_id=6008289407174792986"
    }
  },
  {
    "follower" : {
      "accountId" : "4887732546045026745",
      "userLink" : "https://twitter.com/intent/user?user_id=4887732546045026745"
    }
  },
  {
    "follower" : {
      "accountId" : "6492815949845062134",
      "userLink" : "https://twitter.com/intent/user?user_id=6492815949845062134"
    }
  },
  {
    "follower" : {
      "accountId" : "4871408472719406209",
      "userLink" : "https://twitter.com/intent/user?user_id=4871408472719406209"
    }
  },
  {
    "follower" : {
      "accountId" : "6811110836",
      "userLink" : "https://twitter.com/intent/user?user_id=6811110836"
    }
  },
  {
    "follower" : {
      "accountId" : "768161351",
      "userLink" : "https://twitter.com/intent/user?user_id=768161351"
    }
  },
  {
    "follower" : {
      "accountId" : "966688440201925760",
      "userLink" : "https://twitter.com/intent/user?user_id=966688440201925760"
    }
  },
  {
    "follower" : {
      "accountId" : "7718217196",
      "userLink" : "https://twitter.com/intent/user?user_id=7718217196"
    }
  },
  {
    "follower" : {
      "accountId" : "1229381472",
      "userLink" : "https://twitter.com/intent/user?user_id=1229381472"
    }
  },
  {
    "follower" : {
      "accountId" : "561199385",
      "userLink" : "https://twitter.com/intent/user?user_id=561199385"
    }
  },
  {
    "follower" : {
      "accountId" : "5508798070",
      "userLink" : "https://twitter.com/intent/user?user_id=5508798070"
    }
  },
  {
    "follower" : {
      "accountId" : "958104290712682583",
      "userLink" : "https://twitter.com/intent/user?user_id=958104290712682583"
    }
  },
  {
    "follower" : {
      "accountId" : "350213692900527519",
      "userLink" : "https://twitter.com/intent/user?user_id=350213692900527519"
    }
  },
  {
    "follower" : {
      "accountId" : "8227622779",
      "userLink" : "https://twitter.com/intent/user?user_id=8227622779"
    }
  },
  {
    "follower" : {
      "accountId" : "5674005120",
      "userLink" : "https://twitter.com/intent/user?user_id=5674005120"
    }
  },
  {
    "follower" : {
      "accountId" : "960365094",
      "userLink" : "https://twitter.com/intent/user?user_id=960365094"
    }
  },
  {
    "follower" : {
      "accountId" : "9932542087",
      "userLink" : "https://twitter.com/intent/user?user_id=9932542087"
    }
  },
  {
    "follower" : {
      "accountId" : "1579155606867556639",
      "userLink" : "https://twitter.com/intent/user?user_id=1579155606867556639"
    }
  },
  {
    "follower" : {
      "accountId" : "107358851675468455",
      "userLink" : "https://twitter.com/intent/user?user_id=107358851675468455"
    }
  },
  {
    "follower" : {
      "accountId" : "2463129878",
      "userLink" : "https://twitter.com/intent/user?user_id=2463129878"
    }
  },
  {
    "follower" : {
      "accountId" : "3926033556283106232",
      "userLink" : "https://twitter.com/intent/user?user_id=3926033556283106232"
    }
  },
  {
    "follower" : {
      "accountId" : "9147241627",
      "userLink" : "https://twitter.com/intent/user?user_id=9147241627"
    }
  },
  {
    "follower" : {
      "accountId" : "107625067933769021",
      "userLink" : "https://twitter.com/intent/user?user_id=107625067933769021"
    }
  },
  {
    "follower" : {
      "accountId" : "804676310154968837",
      "userLink" : "https://twitter.com/intent/user?user_id=804676310154968837"
    }
  },
  {
    "follower" : {
      "accountId" : "5328889463056462834",
      "userLink" : "https://twitter.com/intent/user?user_id=5328889463056462834"
    }
  },
  {
    "follower" : {
      "accountId" : "193176556470789394",
      "userLink" : "https://twitter.com/intent/user?user_id=193176556470789394"
    }
  },
  {
    "follower" : {
      "accountId" : "234058235706148319",
      "userLink" : "https://twitter.com/intent/user?user_id=234058235706148319"
    }
  },
  {
    "follower" : {
      "accountId" : "595460051",
      "userLink" : "https://twitter.com/intent/user?user_id=595460051"
    }
  },
  {
    "follower" : {
      "accountId" : "188654509",
      "userLink" : "https://twitter.com/intent/user?user_id=188654509"
    }
  },
  {
    "follower" : {
      "accountId" : "9743801199",
      "userLink" : "https://twitter.com/intent/user?user_id=9743801199"
    }
  },
  {
    "follower" : {
      "accountId" : "7302760357",
      "userLink" : "https://twitter.com/intent/user?user_id=7302760357"
    }
  },
  {
    "follower" : {
      "accountId" : "8288088218",
      "userLink" : "https://twitter.com/intent/user?user_id=8288088218"
    }
  },
  {
    "follower" : {
      "accountId" : "834999007",
      "userLink" : "https://twitter.com/intent/user?user_id=834999007"
    }
  },
  {
    "follower" : {
      "accountId" : "5506146081494025907",
      "userLink" : "https://twitter.com/intent/user?user_id=5506146081494025907"
    }
  },
  {
    "follower" : {
      "accountId" : "6933434255",
      "userLink" : "https://twitter.com/intent/user?user_id=6933434255"
    }
  },
  {
    "follower" : {
      "accountId" : "4220481556833621150",
      "userLink" : "https://twitter.com/intent/user?user_id=4220481556833621150"
    }
  },
  {
    "follower" : {
      "accountId" : "120353850726077421",
      "userLink" : "https://twitter.com/intent/user?user_id=120353850726077421"
    }
  },
  {
    "follower" : {
      "accountId" : "7182053874445334490",
      "userLink" : "https://twitter.com/intent/user?user_id=7182053874445334490"
    }
  },
  {
    "follower" : {
      "accountId" : "8465739007",
      "userLink" : "https://twitter.com/intent/user?user_id=8465739007"
    }
  },
  {
    "follower" : {
      "accountId" : "3776358529895522284",
      "userLink" : "https://twitter.com/intent/user?user_id=3776358529895522284"
    }
  },
  {
    "follower" : {
      "accountId" : "638172890",
      "userLink" : "https://twitter.com/intent/user?user_id=638172890"
    }
  },
  {
    "follower" : {
      "accountId" : "241053421605125434",
      "userLink" : "https://twitter.com/intent/user?user_id=241053421605125434"
    }
  },
  {
    "follower" : {
      "accountId" : "990613004",
      "userLink" : "https://twitter.com/intent/user?user_id=990613004"
    }
  },
  {
    "follower" : {
      "accountId" : "492352094884195233",
      "userLink" : "https://twitter.com/intent/user?user_id=492352094884195233"
    }
  },
  {
    "follower" : {
      "accountId" : "6700204785990560270",
      "userLink" : "https://twitter.com/intent/user?user_id=6700204785990560270"
    }
  },
  {
    "follower" : {
      "accountId" : "876362645",
      "userLink" : "https://twitter.com/intent/user?user_id=876362645"
    }
  },
  {
    "follower" : {
      "accountId" : "464158632",
      "userLink" : "https://twitter.com/intent/user?user_id=464158632"
    }
  },
  {
    "follower" : {
      "accountId" : "694908323685451989",
      "userLink" : "https://twitter.com/intent/user?user_id=694908323685451989"
    }
  },
  {
    "follower" : {
      "accountId" : "6161609165593159594",
      "userLink" : "https://twitter.com/intent/user?user_id=6161609165593159594"
    }
  },
  {
    "follower" : {
      "accountId" : "6292847320433752386",
      "userLink" : "https://twitter.com/intent/user?user_id=6292847320433752386"
    }
  },
  {
    "follower" : {
      "accountId" : "423631686",
      "userLink" : "https://twitter.com/intent/user?user_id=423631686"
    }
  },
  {
    "follower" : {
      "accountId" : "353281144718334812",
      "userLink" : "https://twitter.com/intent/user?user_id=353281144718334812"
    }
  },
  {
    "follower" : {
      "accountId" : "9041661189485452146",
      "userLink" : "https://twitter.com/intent/user?user_id=9041661189485452146"
    }
  },
  {
    "follower" : {
      "accountId" : "9522880735",
      "userLink" : "https://twitter.com/intent/user?user_id=9522880735"
    }
  },
  {
    "follower" : {
      "accountId" : "350182222052955223",
      "userLink" : "https://twitter.com/intent/user?user_id=350182222052955223"
    }
  },
  {
    "follower" : {
      "accountId" : "2255381976877503712",
      "userLink" : "https://twitter.com/intent/user?user_id=2255381976877503712"
    }
  },
  {
    "follower" : {
      "accountId" : "654801912",
      "userLink" : "https://twitter.com/intent/user?user_id=654801912"
    }
  },
  {
    "follower" : {
      "accountId" : "6335864885",
      "userLink" : "https://twitter.com/intent/user?user_id=6335864885"
    }
  },
  {
    "follower" : {
      "accountId" : "863166954",
      "userLink" : "https://twitter.com/intent/user?user_id=863166954"
    }
  },
  {
    "follower" : {
      "accountId" : "181561234255796776",
      "userLink" : "https://twitter.com/intent/user?user_id=181561234255796776"
    }
  },
  {
    "follower" : {
      "accountId" : "589910755",
      "userLink" : "https://twitter.com/intent/user?user_id=589910755"
    }
  },
  {
    "follower" : {
      "accountId" : "984083047508398611",
      "userLink" : "https://twitter.com/intent/user?user_id=984083047508398611"
    }
  },
  {
    "follower" : {
      "accountId" : "418217234825544737",
      "userLink" : "https://twitter.com/intent/user?user_id=418217234825544737"
    }
  },
  {
    "follower" : {
      "accountId" : "1780417322430920788",
      "userLink" : "https://twitter.com/intent/user?user_id=1780417322430920788"
    }
  },
  {
    "follower" : {
      "accountId" : "626161128",
      "userLink" : "https://twitter.com/intent/user?user_id=626161128"
    }
  },
  {
    "follower" : {
      "accountId" : "281078183",
      "userLink" : "https://twitter.com/intent/user?user_id=281078183"
    }
  },
  {
    "follower" : {
      "accountId" : "769802056",
      "userLink" : "https://twitter.com/intent/user?user_id=769802056"
    }
  },
  {
    "follower" : {
      "accountId" : "931245140780336042",
      "userLink" : "https://twitter.com/intent/user?user_id=931245140780336042"
    }
  },
  {
    "follower" : {
      "accountId" : "4777430312",
      "userLink" : "https://twitter.com/intent/user?user_id=4777430312"
    }
  },
  {
    "follower" : {
      "accountId" : "751533149874163246",
      "userLink" : "https://twitter.com/intent/user?user_id=751533149874163246"
    }
  },
  {
    "follower" : {
      "accountId" : "3307425488699364979",
      "userLink" : "https://twitter.com/intent/user?user_id=3307425488699364979"
    }
  },
  {
    "follower" : {
      "accountId" : "716694870365195995",
      "userLink" : "https://twitter.com/intent/user?user_id=716694870365195995"
    }
  },
  {
    "follower" : {
      "accountId" : "5309045256386947556",
      "userLink" : "https://twitter.com/intent/user?user_id=5309045256386947556"
    }
  },
  {
    "follower" : {
      "accountId" : "164861579764627274",
      "userLink" : "https://twitter.com/intent/user?user_id=164861579764627274"
    }
  },
  {
    "follower" : {
      "accountId" : "2185526896",
      "userLink" : "https://twitter.com/intent/user?user_id=2185526896"
    }
  },
  {
    "follower" : {
      "accountId" : "727525095",
      "userLink" : "https://twitter.com/intent/user?user_id=727525095"
    }
  },
  {
    "follower" : {
      "accountId" : "8098886524010800780",
      "userLink" : "https://twitter.com/intent/user?user_id=8098886524010800780"
    }
  },
  {
    "follower" : {
      "accountId" : "802562402",
      "userLink" : "https://twitter.com/intent/user?user_id=802562402"
    }
  },
  {
    "follower" : {
      "accountId" : "8543868640",
      "userLink" : "https://twitter.com/intent/user?user_id=8543868640"
    }
  },
  {
    "follower" : {
      "accountId" : "3951425818654927799",
      "userLink" : "https://twitter.com/intent/user?user_id=3951425818654927799"
    }
  },
  {
    "follower" : {
      "accountId" : "729896727916081175",
      "userLink" : "https://twitter.com/intent/user?user_id=729896727916081175"
    }
  },
  {
    "follower" : {
      "accountId" : "5292980114006820208",
      "userLink" : "https://twitter.com/intent/user?user_id=5292980114006820208"
    }
  },
  {
    "follower" : {
      "accountId" : "516049516638507659",
      "userLink" : "https://twitter.com/intent/user?user_id=516049516638507659"
    }
  },
  {
    "follower" : {
      "accountId" : "7102842696580801437",
      "userLink" : "https://twitter.com/intent/user?user_id=7102842696580801437"
    }
  },
  {
    "follower" : {
      "accountId" : "3012722277807477300",
      "userLink" : "https://twitter.com/intent/user?user_id=3012722277807477300"
    }
  },
  {
    "follower" : {
      "accountId" : "6659736417680453034",
      "userLink" : "https://twitter.com/intent/user?user_id=6659736417680453034"
    }
  },
  {
    "follower" : {
      "accountId" : "412014300",
      "userLink" : "https://twitter.com/intent/user?user_id=412014300"
    }
  },
  {
    "follower" : {
      "accountId" : "678984119",
      "userLink" : "https://twitter.com/intent/user?user_id=678984119"
    }
  },
  {
    "follower" : {
      "accountId" : "449315734262866223",
      "userLink" : "https://twitter.com/intent/user?user_id=449315734262866223"
    }
  },
  {
    "follower" : {
      "accountId" : "5532392716431644934",
      "userLink" : "https://twitter.com/intent/user?user_id=5532392716431644934"
    }
  },
  {
    "follower" : {
      "accountId" : "7914606820454548352",
      "userLink" : "https://twitter.com/intent/user?user_id=7914606820454548352"
    }
  },
  {
    "follower" : {
      "accountId" : "290786020",
      "userLink" : "https://twitter.com/intent/user?user_id=290786020"
    }
  },
  {
    "follower" : {
      "accountId" : "9167981848794190535",
      "userLink" : "https://twitter.com/intent/user?user_id=9167981848794190535"
    }
  },
  {
    "follower" : {
      "accountId" : "990642967",
      "userLink" : "https://twitter.com/intent/user?user_id=990642967"
    }
  },
  {
    "follower" : {
      "accountId" : "202136261",
      "userLink" : "https://twitter.com/intent/user?user_id=202136261"
    }
  },
  {
    "follower" : {
      "accountId" : "1676963663",
      "userLink" : "https://twitter.com/intent/user?user_id=1676963663"
    }
  },
  {
    "follower" : {
      "accountId" : "2371567721",
      "userLink" : "https://twitter.com/intent/user?user_id=2371567721"
    }
  },
  {
    "follower" : {
      "accountId" : "214992496199367149",
      "userLink" : "https://twitter.com/intent/user?user_id=214992496199367149"
    }
  },
  {
    "follower" : {
      "accountId" : "493041897",
      "userLink" : "https://twitter.com/intent/user?user_id=493041897"
    }
  },
  {
    "follower" : {
      "accountId" : "132505102707047516",
      "userLink" : "https://twitter.com/intent/user?user_id=132505102707047516"
    }
  },
  {
    "follower" : {
      "accountId" : "668394998",
      "userLink" : "https://twitter.com/intent/user?user_id=668394998"
    }
  },
  {
    "follower" : {
      "accountId" : "5016682393",
      "userLink" : "https://twitter.com/intent/user?user_id=5016682393"
    }
  },
  {
    "follower" : {
      "accountId" : "913889827207620050",
      "userLink" : "https://twitter.com/intent/user?user_id=913889827207620050"
    }
  },
  {
    "follower" : {
      "accountId" : "6244273960662538158",
      "userLink" : "https://twitter.com/intent/user?user_id=6244273960662538158"
    }
  },
  {
    "follower" : {
      "accountId" : "7272764060967481751",
      "userLink" : "https://twitter.com/intent/user?user_id=7272764060967481751"
    }
  },
  {
    "follower" : {
      "accountId" : "140795239468171202",
      "userLink" : "https://twitter.com/intent/user?user_id=140795239468171202"
    }
  },
  {
    "follower" : {
      "accountId" : "8262275443709086673",
      "userLink" : "https://twitter.com/intent/user?user_id=8262275443709086673"
    }
  },
  {
    "follower" : {
      "accountId" : "562249149",
      "userLink" : "https://twitter.com/intent/user?user_id=562249149"
    }
  },
  {
    "follower" : {
      "accountId" : "9270575747",
      "userLink" : "https://twitter.com/intent/user?user_id=9270575747"
    }
  },
  {
    "follower" : {
      "accountId" : "4789891893839929442",
      "userLink" : "https://twitter.com/intent/user?user_id=4789891893839929442"
    }
  },
  {
    "follower" : {
      "accountId" : "5276855396",
      "userLink" : "https://twitter.com/intent/user?user_id=5276855396"
    }
  },
  {
    "follower" : {
      "accountId" : "335529773023945400",
      "userLink" : "https://twitter.com/intent/user?user_id=335529773023945400"
    }
  },
  {
    "follower" : {
      "accountId" : "3600513717",
      "userLink" : "https://twitter.com/intent/user?user_id=3600513717"
    }
  },
  {
    "follower" : {
      "accountId" : "1960848143936554327",
      "userLink" : "https://twitter.com/intent/user?user_id=1960848143936554327"
    }
  },
  {
    "follower" : {
      "accountId" : "576279166",
      "userLink" : "https://twitter.com/intent/user?user_id=576279166"
    }
  },
  {
    "follower" : {
      "accountId" : "6245419386",
      "userLink" : "https://twitter.com/intent/user?user_id=6245419386"
    }
  },
  {
    "follower" : {
      "accountId" : "125173308673662179",
      "userLink" : "https://twitter.com/intent/user?user_id=125173308673662179"
    }
  },
  {
    "follower" : {
      "accountId" : "103745450699258284",
      "userLink" : "https://twitter.com/intent/user?user_id=103745450699258284"
    }
  },
  {
    "follower" : {
      "accountId" : "299528925603520957",
      "userLink" : "https://twitter.com/intent/user?user_id=299528925603520957"
    }
  },
  {
    "follower" : {
      "accountId" : "6688466097196684946",
      "userLink" : "https://twitter.com/intent/user?user_id=6688466097196684946"
    }
  },
  {
    "follower" : {
      "accountId" : "821259129173142835",
      "userLink" : "https://twitter.com/intent/user?user_id=821259129173142835"
    }
  },
  {
    "follower" : {
      "accountId" : "464280352302503607",
      "userLink" : "https://twitter.com/intent/user?user_id=464280352302503607"
    }
  },
  {
    "follower" : {
      "accountId" : "349150612",
      "userLink" : "https://twitter.com/intent/user?user_id=349150612"
    }
  },
  {
    "follower" : {
      "accountId" : "940825855",
      "userLink" : "https://twitter.com/intent/user?user_id=940825855"
    }
  },
  {
    "follower" : {
      "accountId" : "3849342761628032237",
      "userLink" : "https://twitter.com/intent/user?user_id=3849342761628032237"
    }
  },
  {
    "follower" : {
      "accountId" : "1576865012",
      "userLink" : "https://twitter.com/intent/user?user_id=1576865012"
    }
  },
  {
    "follower" : {
      "accountId" : "6033534339624824011",
      "userLink" : "https://twitter.com/intent/user?user_id=6033534339624824011"
    }
  },
  {
    "follower" : {
      "accountId" : "399600127",
      "userLink" : "https://twitter.com/intent/user?user_id=399600127"
    }
  },
  {
    "follower" : {
      "accountId" : "197387305",
      "userLink" : "https://twitter.com/intent/user?user_id=197387305"
    }
  },
  {
    "follower" : {
      "accountId" : "162907739",
      "userLink" : "https://twitter.com/intent/user?user_id=162907739"
    }
  },
  {
    "follower" : {
      "accountId" : "4211788319176963790",
      "userLink" : "https://twitter.com/intent/user?user_id=4211788319176963790"
    }
  },
  {
    "follower" : {
      "accountId" : "843415114660096080",
      "userLink" : "https://twitter.com/intent/user?user_id=843415114660096080"
    }
  },
  {
    "follower" : {
      "accountId" : "1286104197473350389",
      "userLink" : "https://twitter.com/intent/user?user_id=1286104197473350389"
    }
  },
  {
    "follower" : {
      "accountId" : "753465216644768660",
      "userLink" : "https://twitter.com/intent/user?user_id=753465216644768660"
    }
  },
  {
    "follower" : {
      "accountId" : "8050028124598362641",
      "userLink" : "https://twitter.com/intent/user?user_id=8050028124598362641"
    }
  },
  {
    "follower" : {
      "accountId" : "592464693567673235",
      "userLink" : "https://twitter.com/intent/user?user_id=592464693567673235"
    }
  },
  {
    "follower" : {
      "accountId" : "5358405159811874179",
      "userLink" : "https://twitter.com/intent/user?user_id=5358405159811874179"
    }
  },
  {
    "follower" : {
      "accountId" : "281957763",
      "userLink" : "https://twitter.com/intent/user?user_id=281957763"
    }
  },
  {
    "follower" : {
      "accountId" : "7896963345",
      "userLink" : "https://twitter.com/intent/user?user_id=7896963345"
    }
  },
  {
    "follower" : {
      "accountId" : "2356955452",
      "userLink" : "https://twitter.com/intent/user?user_id=2356955452"
    }
  },
  {
    "follower" : {
      "accountId" : "283383737425727834",
      "userLink" : "https://twitter.com/intent/user?user_id=283383737425727834"
    }
  },
  {
    "follower" : {
      "accountId" : "4015134327071111856",
      "userLink" : "https://twitter.com/intent/user?user_id=4015134327071111856"
    }
  },
  {
    "follower" : {
      "accountId" : "6719275323051360631",
      "userLink" : "https://twitter.com/intent/user?user_id=6719275323051360631"
    }
  },
  {
    "follower" : {
      "accountId" : "4414874684603068787",
      "userLink" : "https://twitter.com/intent/user?user_id=4414874684603068787"
    }
  },
  {
    "follower" : {
      "accountId" : "992504133",
      "userLink" : "https://twitter.com/intent/user?user_id=992504133"
    }
  },
  {
    "follower" : {
      "accountId" : "683711992",
      "userLink" : "https://twitter.com/intent/user?user_id=683711992"
    }
  },
  {
    "follower" : {
      "accountId" : "9100216416",
      "userLink" : "https://twitter.com/intent/user?user_id=9100216416"
    }
  },
  {
    "follower" : {
      "accountId" : "717262336",
      "userLink" : "https://twitter.com/intent/user?user_id=717262336"
    }
  },
  {
    "follower" : {
      "accountId" : "503519621576062864",
      "userLink" : "https://twitter.com/intent/user?user_id=503519621576062864"
    }
  },
  {
    "follower" : {
      "accountId" : "581899210580412487",
      "userLink" : "https://twitter.com/intent/user?user_id=581899210580412487"
    }
  },
  {
    "follower" : {
      "accountId" : "9658601441",
      "userLink" : "https://twitter.com/intent/user?user_id=9658601441"
    }
  },
  {
    "follower" : {
      "accountId" : "7029616951",
      "userLink" : "https://twitter.com/intent/user?user_id=7029616951"
    }
  },
  {
    "follower" : {
      "accountId" : "2898894207",
      "userLink" : "https://twitter.com/intent/user?user_id=2898894207"
    }
  },
  {
    "follower" : {
      "accountId" : "1809405845",
      "userLink" : "https://twitter.com/intent/user?user_id=1809405845"
    }
  },
  {
    "follower" : {
      "accountId" : "815862983",
      "userLink" : "https://twitter.com/intent/user?user_id=815862983"
    }
  },
  {
    "follower" : {
      "accountId" : "6847702036",
      "userLink" : "https://twitter.com/intent/user?user_id=6847702036"
    }
  },
  {
    "follower" : {
      "accountId" : "4294581306",
      "userLink" : "https://twitter.com/intent/user?user_id=4294581306"
    }
  },
  {
    "follower" : {
      "accountId" : "2087175108",
      "userLink" : "https://twitter.com/intent/user?user_id=2087175108"
    }
  },
  {
    "follower" : {
      "accountId" : "807469358",
      "userLink" : "https://twitter.com/intent/user?user_id=807469358"
    }
  },
  {
    "follower" : {
      "accountId" : "964195183",
      "userLink" : "https://twitter.com/intent/user?user_id=964195183"
    }
  },
  {
    "follower" : {
      "accountId" : "3510170190686588908",
      "userLink" : "https://twitter.com/intent/user?user_id=3510170190686588908"
    }
  },
  {
    "follower" : {
      "accountId" : "3768044023234406789",
      "userLink" : "https://twitter.com/intent/user?user_id=3768044023234406789"
    }
  },
  {
    "follower" : {
      "accountId" : "802128670",
      "userLink" : "https://twitter.com/intent/user?user_id=802128670"
    }
  },
  {
    "follower" : {
      "accountId" : "7353088127",
      "userLink" : "https://twitter.com/intent/user?user_id=7353088127"
    }
  },
  {
    "follower" : {
      "accountId" : "294351113113838317",
      "userLink" : "https://twitter.com/intent/user?user_id=294351113113838317"
    }
  },
  {
    "follower" : {
      "accountId" : "411854817",
      "userLink" : "https://twitter.com/intent/user?user_id=411854817"
    }
  },
  {
    "follower" : {
      "accountId" : "919923545",
      "userLink" : "https://twitter.com/intent/user?user_id=919923545"
    }
  },
  {
    "follower" : {
      "accountId" : "808720486",
      "userLink" : "https://twitter.com/intent/user?user_id=808720486"
    }
  },
  {
    "follower" : {
      "accountId" : "879839500",
      "userLink" : "https://twitter.com/intent/user?user_id=879839500"
    }
  },
  {
    "follower" : {
      "accountId" : "803969947",
      "userLink" : "https://twitter.com/intent/user?user_id=803969947"
    }
  },
  {
    "follower" : {
      "accountId" : "259661843",
      "userLink" : "https://twitter.com/intent/user?user_id=259661843"
    }
  },
  {
    "follower" : {
      "accountId" : "426365233080719521",
      "userLink" : "https://twitter.com/intent/user?user_id=426365233080719521"
    }
  },
  {
    "follower" : {
      "accountId" : "6129847119574016830",
      "userLink" : "https://twitter.com/intent/user?user_id=6129847119574016830"
    }
  },
  {
    "follower" : {
      "accountId" : "787775577667898175",
      "userLink" : "https://twitter.com/intent/user?user_id=787775577667898175"
    }
  },
  {
    "follower" : {
      "accountId" : "112989692285563146",
      "userLink" : "https://twitter.com/intent/user?user_id=112989692285563146"
    }
  },
  {
    "follower" : {
      "accountId" : "6061154997",
      "userLink" : "https://twitter.com/intent/user?user_id=6061154997"
    }
  },
  {
    "follower" : {
      "accountId" : "374286688",
      "userLink" : "https://twitter.com/intent/user?user_id=374286688"
    }
  },
  {
    "follower" : {
      "accountId" : "688876567837664215",
      "userLink" : "https://twitter.com/intent/user?user_id=688876567837664215"
    }
  },
  {
    "follower" : {
      "accountId" : "8540538435",
      "userLink" : "https://twitter.com/intent/user?user_id=8540538435"
    }
  },
  {
    "follower" : {
      "accountId" : "769648008",
      "userLink" : "https://twitter.com/intent/user?user_id=769648008"
    }
  },
  {
    "follower" : {
      "accountId" : "2896131534222574955",
      "userLink" : "https://twitter.com/intent/user?user_id=2896131534222574955"
    }
  },
  {
    "follower" : {
      "accountId" : "6618769666698859946",
      "userLink" : "https://twitter.com/intent/user?user_id=6618769666698859946"
    }
  },
  {
    "follower" : {
      "accountId" : "277618691",
      "userLink" : "https://twitter.com/intent/user?user_id=277618691"
    }
  },
  {
    "follower" : {
      "accountId" : "877396059755752121",
      "userLink" : "https://twitter.com/intent/user?user_id=877396059755752121"
    }
  },
  {
    "follower" : {
      "accountId" : "525630212",
      "userLink" : "https://twitter.com/intent/user?user_id=525630212"
    }
  },
  {
    "follower" : {
      "accountId" : "8894632245",
      "userLink" : "https://twitter.com/intent/user?user_id=8894632245"
    }
  },
  {
    "follower" : {
      "accountId" : "178013150585777738",
      "userLink" : "https://twitter.com/intent/user?user_id=178013150585777738"
    }
  },
  {
    "follower" : {
      "accountId" : "6219448087",
      "userLink" : "https://twitter.com/intent/user?user_id=6219448087"
    }
  },
  {
    "follower" : {
      "accountId" : "240702010",
      "userLink" : "https://twitter.com/intent/user?user_id=240702010"
    }
  },
  {
    "follower" : {
      "accountId" : "174016529",
      "userLink" : "https://twitter.com/intent/user?user_id=174016529"
    }
  },
  {
    "follower" : {
      "accountId" : "866811815",
      "userLink" : "https://twitter.com/intent/user?user_id=866811815"
    }
  },
  {
    "follower" : {
      "accountId" : "465599907652632884",
      "userLink" : "https://twitter.com/intent/user?user_id=465599907652632884"
    }
  },
  {
    "follower" : {
      "accountId" : "3113656750",
      "userLink" : "https://twitter.com/intent/user?user_id=3113656750"
    }
  },
  {
    "follower" : {
      "accountId" : "1029639124",
      "userLink" : "https://twitter.com/intent/user?user_id=1029639124"
    }
  },
  {
    "follower" : {
      "accountId" : "776550851",
      "userLink" : "https://twitter.com/intent/user?user_id=776550851"
    }
  },
  {
    "follower" : {
      "accountId" : "120695001605914080",
      "userLink" : "https://twitter.com/intent/user?user_id=120695001605914080"
    }
  },
  {
    "follower" : {
      "accountId" : "851211808",
      "userLink" : "https://twitter.com/intent/user?user_id=851211808"
    }
  },
  {
    "follower" : {
      "accountId" : "4242700746362338836",
      "userLink" : "https://twitter.com/intent/user?user_id=4242700746362338836"
    }
  },
  {
    "follower" : {
      "accountId" : "2970618005",
      "userLink" : "https://twitter.com/intent/user?user_id=2970618005"
    }
  },
  {
    "follower" : {
      "accountId" : "478721954558156132",
      "userLink" : "https://twitter.com/intent/user?user_id=478721954558156132"
    }
  },
  {
    "follower" : {
      "accountId" : "225909866",
      "userLink" : "https://twitter.com/intent/user?user_id=225909866"
    }
  },
  {
    "follower" : {
      "accountId" : "3395533051",
      "userLink" : "https://twitter.com/intent/user?user_id=3395533051"
    }
  },
  {
    "follower" : {
      "accountId" : "5949886806",
      "userLink" : "https://twitter.com/intent/user?user_id=5949886806"
    }
  },
  {
    "follower" : {
      "accountId" : "8089092761",
      "userLink" : "https://twitter.com/intent/user?user_id=8089092761"
    }
  },
  {
    "follower" : {
      "accountId" : "544565716",
      "userLink" : "https://twitter.com/intent/user?user_id=544565716"
    }
  },
  {
    "follower" : {
      "accountId" : "605210667503199954",
      "userLink" : "https://twitter.com/intent/user?user_id=605210667503199954"
    }
  },
  {
    "follower" : {
      "accountId" : "987892265",
      "userLink" : "https://twitter.com/intent/user?user_id=987892265"
    }
  },
  {
    "follower" : {
      "accountId" : "6749931501",
      "userLink" : "https://twitter.com/intent/user?user_id=6749931501"
    }
  },
  {
    "follower" : {
      "accountId" : "3054668249812056611",
      "userLink" : "https://twitter.com/intent/user?user_id=3054668249812056611"
    }
  },
  {
    "follower" : {
      "accountId" : "438201011",
      "userLink" : "https://twitter.com/intent/user?user_id=438201011"
    }
  },
  {
    "follower" : {
      "accountId" : "8428771336735789053",
      "userLink" : "https://twitter.com/intent/user?user_id=8428771336735789053"
    }
  },
  {
    "follower" : {
      "accountId" : "4977572543459879436",
      "userLink" : "https://twitter.com/intent/user?user_id=4977572543459879436"
    }
  },
  {
    "follower" : {
      "accountId" : "687368951350597144",
      "userLink" : "https://twitter.com/intent/user?user_id=687368951350597144"
    }
  },
  {
    "follower" : {
      "accountId" : "5020512293901448774",
      "userLink" : "https://twitter.com/intent/user?user_id=5020512293901448774"
    }
  },
  {
    "follower" : {
      "accountId" : "8127988175",
      "userLink" : "https://twitter.com/intent/user?user_id=8127988175"
    }
  },
  {
    "follower" : {
      "accountId" : "9404864527",
      "userLink" : "https://twitter.com/intent/user?user_id=9404864527"
    }
  },
  {
    "follower" : {
      "accountId" : "919674994",
      "userLink" : "https://twitter.com/intent/user?user_id=919674994"
    }
  },
  {
    "follower" : {
      "accountId" : "5616496109",
      "userLink" : "https://twitter.com/intent/user?user_id=5616496109"
    }
  },
  {
    "follower" : {
      "accountId" : "777938222106010182",
      "userLink" : "https://twitter.com/intent/user?user_id=777938222106010182"
    }
  },
  {
    "follower" : {
      "accountId" : "589044604",
      "userLink" : "https://twitter.com/intent/user?user_id=589044604"
    }
  },
  {
    "follower" : {
      "accountId" : "847282753",
      "userLink" : "https://twitter.com/intent/user?user_id=847282753"
    }
  },
  {
    "follower" : {
      "accountId" : "9137817633",
      "userLink" : "https://twitter.com/intent/user?user_id=9137817633"
    }
  },
  {
    "follower" : {
      "accountId" : "543998323",
      "userLink" : "https://twitter.com/intent/user?user_id=543998323"
    }
  },
  {
    "follower" : {
      "accountId" : "8830459792160023947",
      "userLink" : "https://twitter.com/intent/user?user_id=8830459792160023947"
    }
  },
  {
    "follower" : {
      "accountId" : "490799473",
      "userLink" : "https://twitter.com/intent/user?user_id=490799473"
    }
  },
  {
    "follower" : {
      "accountId" : "4075593781",
      "userLink" : "https://twitter.com/intent/user?user_id=4075593781"
    }
  },
  {
    "follower" : {
      "accountId" : "8752677109",
      "userLink" : "https://twitter.com/intent/user?user_id=8752677109"
    }
  },
  {
    "follower" : {
      "accountId" : "7380772378",
      "userLink" : "https://twitter.com/intent/user?user_id=7380772378"
    }
  },
  {
    "follower" : {
      "accountId" : "359548263030522872",
      "userLink" : "https://twitter.com/intent/user?user_id=359548263030522872"
    }
  },
  {
    "follower" : {
      "accountId" : "4518636188",
      "userLink" : "https://twitter.com/intent/user?user_id=4518636188"
    }
  },
  {
    "follower" : {
      "accountId" : "5187102467325158518",
      "userLink" : "https://twitter.com/intent/user?user_id=5187102467325158518"
    }
  },
  {
    "follower" : {
      "accountId" : "284573978881806176",
      "userLink" : "https://twitter.com/intent/user?user_id=284573978881806176"
    }
  },
  {
    "follower" : {
      "accountId" : "5733171063623677138",
      "userLink" : "https://twitter.com/intent/user?user_id=5733171063623677138"
    }
  },
  {
    "follower" : {
      "accountId" : "8034513576",
      "userLink" : "https://twitter.com/intent/user?user_id=8034513576"
    }
  },
  {
    "follower" : {
      "accountId" : "3593086966329101954",
      "userLink" : "https://twitter.com/intent/user?user_id=3593086966329101954"
    }
  },
  {
    "follower" : {
      "accountId" : "449769812",
      "userLink" : "https://twitter.com/intent/user?user_id=449769812"
    }
  },
  {
    "follower" : {
      "accountId" : "626991174",
      "userLink" : "https://twitter.com/intent/user?user_id=626991174"
    }
  },
  {
    "follower" : {
      "accountId" : "3508549393",
      "userLink" : "https://twitter.com/intent/user?user_id=3508549393"
    }
  },
  {
    "follower" : {
      "accountId" : "613408299",
      "userLink" : "https://twitter.com/intent/user?user_id=613408299"
    }
  },
  {
    "follower" : {
      "accountId" : "1023856606",
      "userLink" : "https://twitter.com/intent/user?user_id=1023856606"
    }
  },
  {
    "follower" : {
      "accountId" : "3822062425",
      "userLink" : "https://twitter.com/intent/user?user_id=3822062425"
    }
  },
  {
    "follower" : {
      "accountId" : "650296071",
      "userLink" : "https://twitter.com/intent/user?user_id=650296071"
    }
  },
  {
    "follower" : {
      "accountId" : "123966398421724262",
      "userLink" : "https://twitter.com/intent/user?user_id=123966398421724262"
    }
  },
  {
    "follower" : {
      "accountId" : "211505599",
      "userLink" : "https://twitter.com/intent/user?user_id=211505599"
    }
  },
  {
    "follower" : {
      "accountId" : "327220072",
      "userLink" : "https://twitter.com/intent/user?user_id=327220072"
    }
  },
  {
    "follower" : {
      "accountId" : "6974233443",
      "userLink" : "https://twitter.com/intent/user?user_id=6974233443"
    }
  },
  {
    "follower" : {
      "accountId" : "619154112878057532",
      "userLink" : "https://twitter.com/intent/user?user_id=619154112878057532"
    }
  },
  {
    "follower" : {
      "accountId" : "2642033305171060317",
      "userLink" : "https://twitter.com/intent/user?user_id=2642033305171060317"
    }
  },
  {
    "follower" : {
      "accountId" : "134521323",
      "userLink" : "https://twitter.com/intent/user?user_id=134521323"
    }
  },
  {
    "follower" : {
      "accountId" : "436051892328385951",
      "userLink" : "https://twitter.com/intent/user?user_id=436051892328385951"
    }
  },
  {
    "follower" : {
      "accountId" : "4400197901",
      "userLink" : "https://twitter.com/intent/user?user_id=4400197901"
    }
  },
  {
    "follower" : {
      "accountId" : "922208104",
      "userLink" : "https://twitter.com/intent/user?user_id=922208104"
    }
  },
  {
    "follower" : {
      "accountId" : "145915683093419359",
      "userLink" : "https://twitter.com/intent/user?user_id=145915683093419359"
    }
  },
  {
    "follower" : {
      "accountId" : "8179968909444765047",
      "userLink" : "https://twitter.com/intent/user?user_id=8179968909444765047"
    }
  },
  {
    "follower" : {
      "accountId" : "4713555016455402925",
      "userLink" : "https://twitter.com/intent/user?user_id=4713555016455402925"
    }
  },
  {
    "follower" : {
      "accountId" : "150980363018360262",
      "userLink" : "https://twitter.com/intent/user?user_id=150980363018360262"
    }
  },
  {
    "follower" : {
      "accountId" : "258702450",
      "userLink" : "https://twitter.com/intent/user?user_id=258702450"
    }
  },
  {
    "follower" : {
      "accountId" : "6293755386055896371",
      "userLink" : "https://twitter.com/intent/user?user_id=6293755386055896371"
    }
  },
  {
    "follower" : {
      "accountId" : "7667917702",
      "userLink" : "https://twitter.com/intent/user?user_id=7667917702"
    }
  },
  {
    "follower" : {
      "accountId" : "906761594",
      "userLink" : "https://twitter.com/intent/user?user_id=906761594"
    }
  },
  {
    "follower" : {
      "accountId" : "2780792267",
      "userLink" : "https://twitter.com/intent/user?user_id=2780792267"
    }
  },
  {
    "follower" : {
      "accountId" : "7476299158",
      "userLink" : "https://twitter.com/intent/user?user_id=7476299158"
    }
  },
  {
    "follower" : {
      "accountId" : "8400209050485227820",
      "userLink" : "https://twitter.com/intent/user?user_id=8400209050485227820"
    }
  },
  {
    "follower" : {
      "accountId" : "793358912",
      "userLink" : "https://twitter.com/intent/user?user_id=793358912"
    }
  },
  {
    "follower" : {
      "accountId" : "7449044036290715591",
      "userLink" : "https://twitter.com/intent/user?user_id=7449044036290715591"
    }
  },
  {
    "follower" : {
      "accountId" : "527439901332884087",
      "userLink" : "https://twitter.com/intent/user?user_id=527439901332884087"
    }
  },
  {
    "follower" : {
      "accountId" : "260857242055992724",
      "userLink" : "https://twitter.com/intent/user?user_id=260857242055992724"
    }
  },
  {
    "follower" : {
      "accountId" : "857616525491433076",
      "userLink" : "https://twitter.com/intent/user?user_id=857616525491433076"
    }
  },
  {
    "follower" : {
      "accountId" : "7015456216",
      "userLink" : "https://twitter.com/intent/user?user_id=7015456216"
    }
  },
  {
    "follower" : {
      "accountId" : "471628197",
      "userLink" : "https://twitter.com/intent/user?user_id=471628197"
    }
  },
  {
    "follower" : {
      "accountId" : "598040120",
      "userLink" : "https://twitter.com/intent/user?user_id=598040120"
    }
  },
  {
    "follower" : {
      "accountId" : "596952947",
      "userLink" : "https://twitter.com/intent/user?user_id=596952947"
    }
  },
  {
    "follower" : {
      "accountId" : "220036016",
      "userLink" : "https://twitter.com/intent/user?user_id=220036016"
    }
  },
  {
    "follower" : {
      "accountId" : "9735364016709363177",
      "userLink" : "https://twitter.com/intent/user?user_id=9735364016709363177"
    }
  },
  {
    "follower" : {
      "accountId" : "9731908593",
      "userLink" : "https://twitter.com/intent/user?user_id=9731908593"
    }
  },
  {
    "follower" : {
      "accountId" : "974444214",
      "userLink" : "https://twitter.com/intent/user?user_id=974444214"
    }
  },
  {
    "follower" : {
      "accountId" : "3371407374393453521",
      "userLink" : "https://twitter.com/intent/user?user_id=3371407374393453521"
    }
  },
  {
    "follower" : {
      "accountId" : "4538037369",
      "userLink" : "https://twitter.com/intent/user?user_id=4538037369"
    }
  },
  {
    "follower" : {
      "accountId" : "9606270056631758115",
      "userLink" : "https://twitter.com/intent/user?user_id=9606270056631758115"
    }
  },
  {
    "follower" : {
      "accountId" : "960400296502895913",
      "userLink" : "https://twitter.com/intent/user?user_id=960400296502895913"
    }
  },
  {
    "follower" : {
      "accountId" : "5482213030178861659",
      "userLink" : "https://twitter.com/intent/user?user_id=5482213030178861659"
    }
  },
  {
    "follower" : {
      "accountId" : "5281468856969325909",
      "userLink" : "https://twitter.com/intent/user?user_id=5281468856969325909"
    }
  },
  {
    "follower" : {
      "accountId" : "8977255464335270209",
      "userLink" : "https://twitter.com/intent/user?user_id=8977255464335270209"
    }
  },
  {
    "follower" : {
      "accountId" : "325100286",
      "userLink" : "https://twitter.com/intent/user?user_id=325100286"
    }
  },
  {
    "follower" : {
      "accountId" : "893613626371038928",
      "userLink" : "https://twitter.com/intent/user?user_id=893613626371038928"
    }
  },
  {
    "follower" : {
      "accountId" : "5926447784123443141",
      "userLink" : "https://twitter.com/intent/user?user_id=5926447784123443141"
    }
  },
  {
    "follower" : {
      "accountId" : "973862823",
      "userLink" : "https://twitter.com/intent/user?user_id=973862823"
    }
  },
  {
    "follower" : {
      "accountId" : "613294941556136184",
      "userLink" : "https://twitter.com/intent/user?user_id=613294941556136184"
    }
  },
  {
    "follower" : {
      "accountId" : "207018265383178083",
      "userLink" : "https://twitter.com/intent/user?user_id=207018265383178083"
    }
  },
  {
    "follower" : {
      "accountId" : "6910447411",
      "userLink" : "https://twitter.com/intent/user?user_id=6910447411"
    }
  },
  {
    "follower" : {
      "accountId" : "2248060394335577486",
      "userLink" : "https://twitter.com/intent/user?user_id=2248060394335577486"
    }
  },
  {
    "follower" : {
      "accountId" : "960668528580204631",
      "userLink" : "https://twitter.com/intent/user?user_id=960668528580204631"
    }
  },
  {
    "follower" : {
      "accountId" : "739970135",
      "userLink" : "https://twitter.com/intent/user?user_id=739970135"
    }
  },
  {
    "follower" : {
      "accountId" : "8919273626371895699",
      "userLink" : "https://twitter.com/intent/user?user_id=8919273626371895699"
    }
  },
  {
    "follower" : {
      "accountId" : "892102741",
      "userLink" : "https://twitter.com/intent/user?user_id=892102741"
    }
  },
  {
    "follower" : {
      "accountId" : "569448153897053065",
      "userLink" : "https://twitter.com/intent/user?user_id=569448153897053065"
    }
  },
  {
    "follower" : {
      "accountId" : "658703739",
      "userLink" : "https://twitter.com/intent/user?user_id=658703739"
    }
  },
  {
    "follower" : {
      "accountId" : "9420453244082930379",
      "userLink" : "https://twitter.com/intent/user?user_id=9420453244082930379"
    }
  },
  {
    "follower" : {
      "accountId" : "336619546",
      "userLink" : "https://twitter.com/intent/user?user_id=336619546"
    }
  },
  {
    "follower" : {
      "accountId" : "7795335368628644373",
      "userLink" : "https://twitter.com/intent/user?user_id=7795335368628644373"
    }
  },
  {
    "follower" : {
      "accountId" : "253632511898432133",
      "userLink" : "https://twitter.com/intent/user?user_id=253632511898432133"
    }
  },
  {
    "follower" : {
      "accountId" : "881516391588769852",
      "userLink" : "https://twitter.com/intent/user?user_id=881516391588769852"
    }
  },
  {
    "follower" : {
      "accountId" : "1927520326905266679",
      "userLink" : "https://twitter.com/intent/user?user_id=1927520326905266679"
    }
  },
  {
    "follower" : {
      "accountId" : "6751786223",
      "userLink" : "https://twitter.com/intent/user?user_id=6751786223"
    }
  },
  {
    "follower" : {
      "accountId" : "233796328",
      "userLink" : "https://twitter.com/intent/user?user_id=233796328"
    }
  },
  {
    "follower" : {
      "accountId" : "7774845191217816458",
      "userLink" : "https://twitter.com/intent/user?user_id=7774845191217816458"
    }
  },
  {
    "follower" : {
      "accountId" : "335364692848658179",
      "userLink" : "https://twitter.com/intent/user?user_id=335364692848658179"
    }
  },
  {
    "follower" : {
      "accountId" : "127037028",
      "userLink" : "https://twitter.com/intent/user?user_id=127037028"
    }
  },
  {
    "follower" : {
      "accountId" : "679442718",
      "userLink" : "https://twitter.com/intent/user?user_id=679442718"
    }
  },
  {
    "follower" : {
      "accountId" : "5249006360344142654",
      "userLink" : "https://twitter.com/intent/user?user_id=5249006360344142654"
    }
  },
  {
    "follower" : {
      "accountId" : "140058178268196738",
      "userLink" : "https://twitter.com/intent/user?user_id=140058178268196738"
    }
  },
  {
    "follower" : {
      "accountId" : "1069569207",
      "userLink" : "https://twitter.com/intent/user?user_id=1069569207"
    }
  },
  {
    "follower" : {
      "accountId" : "5198811375526501689",
      "userLink" : "https://twitter.com/intent/user?user_id=5198811375526501689"
    }
  },
  {
    "follower" : {
      "accountId" : "4850186230",
      "userLink" : "https://twitter.com/intent/user?user_id=4850186230"
    }
  },
  {
    "follower" : {
      "accountId" : "565609379211808739",
      "userLink" : "https://twitter.com/intent/user?user_id=565609379211808739"
    }
  },
  {
    "follower" : {
      "accountId" : "1407657043400561278",
      "userLink" : "https://twitter.com/intent/user?user_id=1407657043400561278"
    }
  },
  {
    "follower" : {
      "accountId" : "908066968801074155",
      "userLink" : "https://twitter.com/intent/user?user_id=908066968801074155"
    }
  },
  {
    "follower" : {
      "accountId" : "517361187720581804",
      "userLink" : "https://twitter.com/intent/user?user_id=517361187720581804"
    }
  },
  {
    "follower" : {
      "accountId" : "9753946730",
      "userLink" : "https://twitter.com/intent/user?user_id=9753946730"
    }
  },
  {
    "follower" : {
      "accountId" : "329895034034564563",
      "userLink" : "https://twitter.com/intent/user?user_id=329895034034564563"
    }
  },
  {
    "follower" : {
      "accountId" : "8500325455896543394",
      "userLink" : "https://twitter.com/intent/user?user_id=8500325455896543394"
    }
  },
  {
    "follower" : {
      "accountId" : "9215026427018961592",
      "userLink" : "https://twitter.com/intent/user?user_id=9215026427018961592"
    }
  },
  {
    "follower" : {
      "accountId" : "8422485678809577680",
      "userLink" : "https://twitter.com/intent/user?user_id=8422485678809577680"
    }
  },
  {
    "follower" : {
      "accountId" : "763607759465298373",
      "userLink" : "https://twitter.com/intent/user?user_id=763607759465298373"
    }
  },
  {
    "follower" : {
      "accountId" : "7907792700550977041",
      "userLink" : "https://twitter.com/intent/user?user_id=7907792700550977041"
    }
  },
  {
    "follower" : {
      "accountId" : "6071256796561181061",
      "userLink" : "https://twitter.com/intent/user?user_id=6071256796561181061"
    }
  },
  {
    "follower" : {
      "accountId" : "271709096",
      "userLink" : "https://twitter.com/intent/user?user_id=271709096"
    }
  },
  {
    "follower" : {
      "accountId" : "188968399",
      "userLink" : "https://twitter.com/intent/user?user_id=188968399"
    }
  },
  {
    "follower" : {
      "accountId" : "8479593567011698454",
      "userLink" : "https://twitter.com/intent/user?user_id=8479593567011698454"
    }
  },
  {
    "follower" : {
      "accountId" : "830225416",
      "userLink" : "https://twitter.com/intent/user?user_id=830225416"
    }
  },
  {
    "follower" : {
      "accountId" : "4792716220",
      "userLink" : "https://twitter.com/intent/user?user_id=4792716220"
    }
  },
  {
    "follower" : {
      "accountId" : "1342929069",
      "userLink" : "https://twitter.com/intent/user?user_id=1342929069"
    }
  },
  {
    "follower" : {
      "accountId" : "1794194238",
      "userLink" : "https://twitter.com/intent/user?user_id=1794194238"
    }
  },
  {
    "follower" : {
      "accountId" : "2191109433",
      "userLink" : "https://twitter.com/intent/user?user_id=2191109433"
    }
  },
  {
    "follower" : {
      "accountId" : "804854535307377625",
      "userLink" : "https://twitter.com/intent/user?user_id=804854535307377625"
    }
  },
  {
    "follower" : {
      "accountId" : "8296085067",
      "userLink" : "https://twitter.com/intent/user?user_id=8296085067"
    }
  },
  {
    "follower" : {
      "accountId" : "8747459747",
      "userLink" : "https://twitter.com/intent/user?user_id=8747459747"
    }
  },
  {
    "follower" : {
      "accountId" : "1618180819",
      "userLink" : "https://twitter.com/intent/user?user_id=1618180819"
    }
  },
  {
    "follower" : {
      "accountId" : "385710213836299369",
      "userLink" : "https://twitter.com/intent/user?user_id=385710213836299369"
    }
  },
  {
    "follower" : {
      "accountId" : "4064138719",
      "userLink" : "https://twitter.com/intent/user?user_id=4064138719"
    }
  },
  {
    "follower" : {
      "accountId" : "1318987858180499502",
      "userLink" : "https://twitter.com/intent/user?user_id=1318987858180499502"
    }
  },
  {
    "follower" : {
      "accountId" : "6545472828",
      "userLink" : "https://twitter.com/intent/user?user_id=6545472828"
    }
  },
  {
    "follower" : {
      "accountId" : "8141042581",
      "userLink" : "https://twitter.com/intent/user?user_id=8141042581"
    }
  },
  {
    "follower" : {
      "accountId" : "599190062172892099",
      "userLink" : "https://twitter.com/intent/user?user_id=599190062172892099"
    }
  },
  {
    "follower" : {
      "accountId" : "3887710221063313087",
      "userLink" : "https://twitter.com/intent/user?user_id=3887710221063313087"
    }
  },
  {
    "follower" : {
      "accountId" : "8747392113934907690",
      "userLink" : "https://twitter.com/intent/user?user_id=8747392113934907690"
    }
  },
  {
    "follower" : {
      "accountId" : "582169510491504121",
      "userLink" : "https://twitter.com/intent/user?user_id=582169510491504121"
    }
  },
  {
    "follower" : {
      "accountId" : "624429242739433391",
      "userLink" : "https://twitter.com/intent/user?user_id=624429242739433391"
    }
  },
  {
    "follower" : {
      "accountId" : "9873715041",
      "userLink" : "https://twitter.com/intent/user?user_id=9873715041"
    }
  },
  {
    "follower" : {
      "accountId" : "5590815527300672321",
      "userLink" : "https://twitter.com/intent/user?user_id=5590815527300672321"
    }
  },
  {
    "follower" : {
      "accountId" : "751017092584073143",
      "userLink" : "https://twitter.com/intent/user?user_id=751017092584073143"
    }
  },
  {
    "follower" : {
      "accountId" : "5705780709199410497",
      "userLink" : "https://twitter.com/intent/user?user_id=5705780709199410497"
    }
  },
  {
    "follower" : {
      "accountId" : "276782624880590926",
      "userLink" : "https://twitter.com/intent/user?user_id=276782624880590926"
    }
  },
  {
    "follower" : {
      "accountId" : "995205263",
      "userLink" : "https://twitter.com/intent/user?user_id=995205263"
    }
  },
  {
    "follower" : {
      "accountId" : "763669831551486502",
      "userLink" : "https://twitter.com/intent/user?user_id=763669831551486502"
    }
  },
  {
    "follower" : {
      "accountId" : "2500644319",
      "userLink" : "https://twitter.com/intent/user?user_id=2500644319"
    }
  },
  {
    "follower" : {
      "accountId" : "2446302067787338347",
      "userLink" : "https://twitter.com/intent/user?user_id=2446302067787338347"
    }
  },
  {
    "follower" : {
      "accountId" : "414204034090668244",
      "userLink" : "https://twitter.com/intent/user?user_id=414204034090668244"
    }
  },
  {
    "follower" : {
      "accountId" : "8028694610",
      "userLink" : "https://twitter.com/intent/user?user_id=8028694610"
    }
  },
  {
    "follower" : {
      "accountId" : "7634867453303361712",
      "userLink" : "https://twitter.com/intent/user?user_id=7634867453303361712"
    }
  },
  {
    "follower" : {
      "accountId" : "535830535085824977",
      "userLink" : "https://twitter.com/intent/user?user_id=535830535085824977"
    }
  },
  {
    "follower" : {
      "accountId" : "6219122734765268270",
      "userLink" : "https://twitter.com/intent/user?user_id=6219122734765268270"
    }
  },
  {
    "follower" : {
      "accountId" : "844044748",
      "userLink" : "https://twitter.com/intent/user?user_id=844044748"
    }
  },
  {
    "follower" : {
      "accountId" : "701853874",
      "userLink" : "https://twitter.com/intent/user?user_id=701853874"
    }
  },
  {
    "follower" : {
      "accountId" : "290197323",
      "userLink" : "https://twitter.com/intent/user?user_id=290197323"
    }
  },
  {
    "follower" : {
      "accountId" : "615862363252800264",
      "userLink" : "https://twitter.com/intent/user?user_id=615862363252800264"
    }
  },
  {
    "follower" : {
      "accountId" : "876610770179433060",
      "userLink" : "https://twitter.com/intent/user?user_id=876610770179433060"
    }
  },
  {
    "follower" : {
      "accountId" : "5157329021066813358",
      "userLink" : "https://twitter.com/intent/user?user_id=5157329021066813358"
    }
  },
  {
    "follower" : {
      "accountId" : "3220615659",
      "userLink" : "https://twitter.com/intent/user?user_id=3220615659"
    }
  },
  {
    "follower" : {
      "accountId" : "796817533428644537",
      "userLink" : "https://twitter.com/intent/user?user_id=796817533428644537"
    }
  },
  {
    "follower" : {
      "accountId" : "944709146",
      "userLink" : "https://twitter.com/intent/user?user_id=944709146"
    }
  },
  {
    "follower" : {
      "accountId" : "5309370896654985040",
      "userLink" : "https://twitter.com/intent/user?user_id=5309370896654985040"
    }
  },
  {
    "follower" : {
      "accountId" : "4746721079",
      "userLink" : "https://twitter.com/intent/user?user_id=4746721079"
    }
  },
  {
    "follower" : {
      "accountId" : "854866554367790538",
      "userLink" : "https://twitter.com/intent/user?user_id=854866554367790538"
    }
  },
  {
    "follower" : {
      "accountId" : "278423774",
      "userLink" : "https://twitter.com/intent/user?user_id=278423774"
    }
  },
  {
    "follower" : {
      "accountId" : "369206046",
      "userLink" : "https://twitter.com/intent/user?user_id=369206046"
    }
  },
  {
    "follower" : {
      "accountId" : "6207138220745485235",
      "userLink" : "https://twitter.com/intent/user?user_id=6207138220745485235"
    }
  },
  {
    "follower" : {
      "accountId" : "1276296338448757894",
      "userLink" : "https://twitter.com/intent/user?user_id=1276296338448757894"
    }
  },
  {
    "follower" : {
      "accountId" : "377147077",
      "userLink" : "https://twitter.com/intent/user?user_id=377147077"
    }
  },
  {
    "follower" : {
      "accountId" : "430292004736807133",
      "userLink" : "https://twitter.com/intent/user?user_id=430292004736807133"
    }
  },
  {
    "follower" : {
      "accountId" : "201243078769109260",
      "userLink" : "https://twitter.com/intent/user?user_id=201243078769109260"
    }
  },
  {
    "follower" : {
      "accountId" : "4279125140",
      "userLink" : "https://twitter.com/intent/user?user_id=4279125140"
    }
  },
  {
    "follower" : {
      "accountId" : "5228925511955614902",
      "userLink" : "https://twitter.com/intent/user?user_id=5228925511955614902"
    }
  },
  {
    "follower" : {
      "accountId" : "241182079855969660",
      "userLink" : "https://twitter.com/intent/user?user_id=241182079855969660"
    }
  },
  {
    "follower" : {
      "accountId" : "7773322058",
      "userLink" : "https://twitter.com/intent/user?user_id=7773322058"
    }
  },
  {
    "follower" : {
      "accountId" : "567925135",
      "userLink" : "https://twitter.com/intent/user?user_id=567925135"
    }
  },
  {
    "follower" : {
      "accountId" : "765592437292798997",
      "userLink" : "https://twitter.com/intent/user?user_id=765592437292798997"
    }
  },
  {
    "follower" : {
      "accountId" : "791836191667638511",
      "userLink" : "https://twitter.com/intent/user?user_id=791836191667638511"
    }
  },
  {
    "follower" : {
      "accountId" : "2645189567",
      "userLink" : "https://twitter.com/intent/user?user_id=2645189567"
    }
  },
  {
    "follower" : {
      "accountId" : "712345763",
      "userLink" : "https://twitter.com/intent/user?user_id=712345763"
    }
  },
  {
    "follower" : {
      "accountId" : "344320646214252420",
      "userLink" : "https://twitter.com/intent/user?user_id=344320646214252420"
    }
  },
  {
    "follower" : {
      "accountId" : "571049130514772663",
      "userLink" : "https://twitter.com/intent/user?user_id=571049130514772663"
    }
  },
  {
    "follower" : {
      "accountId" : "6536241540",
      "userLink" : "https://twitter.com/intent/user?user_id=6536241540"
    }
  },
  {
    "follower" : {
      "accountId" : "9307314400",
      "userLink" : "https://twitter.com/intent/user?user_id=9307314400"
    }
  },
  {
    "follower" : {
      "accountId" : "7285550097",
      "userLink" : "https://twitter.com/intent/user?user_id=7285550097"
    }
  },
  {
    "follower" : {
      "accountId" : "440214942",
      "userLink" : "https://twitter.com/intent/user?user_id=440214942"
    }
  },
  {
    "follower" : {
      "accountId" : "5171972184",
      "userLink" : "https://twitter.com/intent/user?user_id=5171972184"
    }
  },
  {
    "follower" : {
      "accountId" : "380877731",
      "userLink" : "https://twitter.com/intent/user?user_id=380877731"
    }
  },
  {
    "follower" : {
      "accountId" : "9022220422",
      "userLink" : "https://twitter.com/intent/user?user_id=9022220422"
    }
  },
  {
    "follower" : {
      "accountId" : "3945427145",
      "userLink" : "https://twitter.com/intent/user?user_id=3945427145"
    }
  },
  {
    "follower" : {
      "accountId" : "857847233771170010",
      "userLink" : "https://twitter.com/intent/user?user_id=857847233771170010"
    }
  },
  {
    "follower" : {
      "accountId" : "916563760",
      "userLink" : "https://twitter.com/intent/user?user_id=916563760"
    }
  },
  {
    "follower" : {
      "accountId" : "608034553",
      "userLink" : "https://twitter.com/intent/user?user_id=608034553"
    }
  },
  {
    "follower" : {
      "accountId" : "805768719381154169",
      "userLink" : "https://twitter.com/intent/user?user_id=805768719381154169"
    }
  },
  {
    "follower" : {
      "accountId" : "2921395340",
      "userLink" : "https://twitter.com/intent/user?user_id=2921395340"
    }
  },
  {
    "follower" : {
      "accountId" : "5757217963",
      "userLink" : "https://twitter.com/intent/user?user_id=5757217963"
    }
  },
  {
    "follower" : {
      "accountId" : "328816095",
      "userLink" : "https://twitter.com/intent/user?user_id=328816095"
    }
  },
  {
    "follower" : {
      "accountId" : "4366535210187921546",
      "userLink" : "https://twitter.com/intent/user?user_id=4366535210187921546"
    }
  },
  {
    "follower" : {
      "accountId" : "100198109",
      "userLink" : "https://twitter.com/intent/user?user_id=100198109"
    }
  },
  {
    "follower" : {
      "accountId" : "4331043824890165489",
      "userLink" : "https://twitter.com/intent/user?user_id=4331043824890165489"
    }
  },
  {
    "follower" : {
      "accountId" : "480439508467641659",
      "userLink" : "https://twitter.com/intent/user?user_id=480439508467641659"
    }
  },
  {
    "follower" : {
      "accountId" : "981910387838391681",
      "userLink" : "https://twitter.com/intent/user?user_id=981910387838391681"
    }
  },
  {
    "follower" : {
      "accountId" : "8561622423",
      "userLink" : "https://twitter.com/intent/user?user_id=8561622423"
    }
  },
  {
    "follower" : {
      "accountId" : "485202894",
      "userLink" : "https://twitter.com/intent/user?user_id=485202894"
    }
  },
  {
    "follower" : {
      "accountId" : "554401602",
      "userLink" : "https://twitter.com/intent/user?user_id=554401602"
    }
  },
  {
    "follower" : {
      "accountId" : "122721789320996395",
      "userLink" : "https://twitter.com/intent/user?user_id=122721789320996395"
    }
  },
  {
    "follower" : {
      "accountId" : "6153923724566842720",
      "userLink" : "https://twitter.com/intent/user?user_id=6153923724566842720"
    }
  },
  {
    "follower" : {
      "accountId" : "1535203528352512671",
      "userLink" : "https://twitter.com/intent/user?user_id=1535203528352512671"
    }
  },
  {
    "follower" : {
      "accountId" : "121799654179908089",
      "userLink" : "https://twitter.com/intent/user?user_id=121799654179908089"
    }
  },
  {
    "follower" : {
      "accountId" : "260771500529369654",
      "userLink" : "https://twitter.com/intent/user?user_id=260771500529369654"
    }
  },
  {
    "follower" : {
      "accountId" : "3934164519",
      "userLink" : "https://twitter.com/intent/user?user_id=3934164519"
    }
  },
  {
    "follower" : {
      "accountId" : "8695708075",
      "userLink" : "https://twitter.com/intent/user?user_id=8695708075"
    }
  },
  {
    "follower" : {
      "accountId" : "499164842531907877",
      "userLink" : "https://twitter.com/intent/user?user_id=499164842531907877"
    }
  },
  {
    "follower" : {
      "accountId" : "535005844362969845",
      "userLink" : "https://twitter.com/intent/user?user_id=535005844362969845"
    }
  },
  {
    "follower" : {
      "accountId" : "872084093676991518",
      "userLink" : "https://twitter.com/intent/user?user_id=872084093676991518"
    }
  },
  {
    "follower" : {
      "accountId" : "2872740850408883808",
      "userLink" : "https://twitter.com/intent/user?user_id=2872740850408883808"
    }
  },
  {
    "follower" : {
      "accountId" : "351214532904540050",
      "userLink" : "https://twitter.com/intent/user?user_id=351214532904540050"
    }
  },
  {
    "follower" : {
      "accountId" : "4563575103",
      "userLink" : "https://twitter.com/intent/user?user_id=4563575103"
    }
  },
  {
    "follower" : {
      "accountId" : "659676728795240513",
      "userLink" : "https://twitter.com/intent/user?user_id=659676728795240513"
    }
  },
  {
    "follower" : {
      "accountId" : "570980227",
      "userLink" : "https://twitter.com/intent/user?user_id=570980227"
    }
  },
  {
    "follower" : {
      "accountId" : "2409477656",
      "userLink" : "https://twitter.com/intent/user?user_id=2409477656"
    }
  },
  {
    "follower" : {
      "accountId" : "4066256858550684344",
      "userLink" : "https://twitter.com/intent/user?user_id=4066256858550684344"
    }
  },
  {
    "follower" : {
      "accountId" : "5677674271255282197",
      "userLink" : "https://twitter.com/intent/user?user_id=5677674271255282197"
    }
  },
  {
    "follower" : {
      "accountId" : "3725433496765032855",
      "userLink" : "https://twitter.com/intent/user?user_id=3725433496765032855"
    }
  },
  {
    "follower" : {
      "accountId" : "2439445572241917677",
      "userLink" : "https://twitter.com/intent/user?user_id=2439445572241917677"
    }
  },
  {
    "follower" : {
      "accountId" : "9263150545",
      "userLink" : "https://twitter.com/intent/user?user_id=9263150545"
    }
  },
  {
    "follower" : {
      "accountId" : "415000327",
      "userLink" : "https://twitter.com/intent/user?user_id=415000327"
    }
  },
  {
    "follower" : {
      "accountId" : "523898271",
      "userLink" : "https://twitter.com/intent/user?user_id=523898271"
    }
  },
  {
    "follower" : {
      "accountId" : "978250108",
      "userLink" : "https://twitter.com/intent/user?user_id=978250108"
    }
  },
  {
    "follower" : {
      "accountId" : "1980220022189380035",
      "userLink" : "https://twitter.com/intent/user?user_id=1980220022189380035"
    }
  },
  {
    "follower" : {
      "accountId" : "664630644",
      "userLink" : "https://twitter.com/intent/user?user_id=664630644"
    }
  },
  {
    "follower" : {
      "accountId" : "660577521611741624",
      "userLink" : "https://twitter.com/intent/user?user_id=660577521611741624"
    }
  },
  {
    "follower" : {
      "accountId" : "7090877006",
      "userLink" : "https://twitter.com/intent/user?user_id=7090877006"
    }
  },
  {
    "follower" : {
      "accountId" : "447419036",
      "userLink" : "https://twitter.com/intent/user?user_id=447419036"
    }
  },
  {
    "follower" : {
      "accountId" : "873258728769954223",
      "userLink" : "https://twitter.com/intent/user?user_id=873258728769954223"
    }
  },
  {
    "follower" : {
      "accountId" : "524031446021133135",
      "userLink" : "https://twitter.com/intent/user?user_id=524031446021133135"
    }
  },
  {
    "follower" : {
      "accountId" : "422741355553592366",
      "userLink" : "https://twitter.com/intent/user?user_id=422741355553592366"
    }
  },
  {
    "follower" : {
      "accountId" : "7970604017444205338",
      "userLink" : "https://twitter.com/intent/user?user_id=7970604017444205338"
    }
  },
  {
    "follower" : {
      "accountId" : "363057107",
      "userLink" : "https://twitter.com/intent/user?user_id=363057107"
    }
  },
  {
    "follower" : {
      "accountId" : "751025729437350076",
      "userLink" : "https://twitter.com/intent/user?user_id=751025729437350076"
    }
  },
  {
    "follower" : {
      "accountId" : "8912115497",
      "userLink" : "https://twitter.com/intent/user?user_id=8912115497"
    }
  },
  {
    "follower" : {
      "accountId" : "5657620931175937422",
      "userLink" : "https://twitter.com/intent/user?user_id=5657620931175937422"
    }
  },
  {
    "follower" : {
      "accountId" : "487490158137656281",
      "userLink" : "https://twitter.com/intent/user?user_id=487490158137656281"
    }
  },
  {
    "follower" : {
      "accountId" : "180676694999068925",
      "userLink" : "https://twitter.com/intent/user?user_id=180676694999068925"
    }
  },
  {
    "follower" : {
      "accountId" : "3943107330500105084",
      "userLink" : "https://twitter.com/intent/user?user_id=3943107330500105084"
    }
  },
  {
    "follower" : {
      "accountId" : "450196353",
      "userLink" : "https://twitter.com/intent/user?user_id=450196353"
    }
  },
  {
    "follower" : {
      "accountId" : "3808084211",
      "userLink" : "https://twitter.com/intent/user?user_id=3808084211"
    }
  },
  {
    "follower" : {
      "accountId" : "7726724101033060676",
      "userLink" : "https://twitter.com/intent/user?user_id=7726724101033060676"
    }
  },
  {
    "follower" : {
      "accountId" : "4912077600334400535",
      "userLink" : "https://twitter.com/intent/user?user_id=4912077600334400535"
    }
  },
  {
    "follower" : {
      "accountId" : "5820313658",
      "userLink" : "https://twitter.com/intent/user?user_id=5820313658"
    }
  },
  {
    "follower" : {
      "accountId" : "4736231130",
      "userLink" : "https://twitter.com/intent/user?user_id=4736231130"
    }
  },
  {
    "follower" : {
      "accountId" : "3029017698015790862",
      "userLink" : "https://twitter.com/intent/user?user_id=3029017698015790862"
    }
  },
  {
    "follower" : {
      "accountId" : "5867771762811718119",
      "userLink" : "https://twitter.com/intent/user?user_id=5867771762811718119"
    }
  },
  {
    "follower" : {
      "accountId" : "307868307",
      "userLink" : "https://twitter.com/intent/user?user_id=307868307"
    }
  },
  {
    "follower" : {
      "accountId" : "4524043705437843743",
      "userLink" : "https://twitter.com/intent/user?user_id=4524043705437843743"
    }
  },
  {
    "follower" : {
      "accountId" : "5062610563",
      "userLink" : "https://twitter.com/intent/user?user_id=5062610563"
    }
  },
  {
    "follower" : {
      "accountId" : "830565625041745551",
      "userLink" : "https://twitter.com/intent/user?user_id=830565625041745551"
    }
  },
  {
    "follower" : {
      "accountId" : "280606371520087701",
      "userLink" : "https://twitter.com/intent/user?user_id=280606371520087701"
    }
  },
  {
    "follower" : {
      "accountId" : "916041733",
      "userLink" : "https://twitter.com/intent/user?user_id=916041733"
    }
  },
  {
    "follower" : {
      "accountId" : "8704586701676350826",
      "userLink" : "https://twitter.com/intent/user?user_id=8704586701676350826"
    }
  },
  {
    "follower" : {
      "accountId" : "570845033657821048",
      "userLink" : "https://twitter.com/intent/user?user_id=570845033657821048"
    }
  },
  {
    "follower" : {
      "accountId" : "9593776377199429950",
      "userLink" : "https://twitter.com/intent/user?user_id=9593776377199429950"
    }
  },
  {
    "follower" : {
      "accountId" : "362723911",
      "userLink" : "https://twitter.com/intent/user?user_id=362723911"
    }
  },
  {
    "follower" : {
      "accountId" : "3776843552",
      "userLink" : "https://twitter.com/intent/user?user_id=3776843552"
    }
  },
  {
    "follower" : {
      "accountId" : "3266710276",
      "userLink" : "https://twitter.com/intent/user?user_id=3266710276"
    }
  },
  {
    "follower" : {
      "accountId" : "3363964704541249458",
      "userLink" : "https://twitter.com/intent/user?user_id=3363964704541249458"
    }
  },
  {
    "follower" : {
      "accountId" : "238389869940849714",
      "userLink" : "https://twitter.com/intent/user?user_id=238389869940849714"
    }
  },
  {
    "follower" : {
      "accountId" : "552177395",
      "userLink" : "https://twitter.com/intent/user?user_id=552177395"
    }
  },
  {
    "follower" : {
      "accountId" : "9390258276",
      "userLink" : "https://twitter.com/intent/user?user_id=9390258276"
    }
  },
  {
    "follower" : {
      "accountId" : "6885581581",
      "userLink" : "https://twitter.com/intent/user?user_id=6885581581"
    }
  },
  {
    "follower" : {
      "accountId" : "951678829",
      "userLink" : "https://twitter.com/intent/user?user_id=951678829"
    }
  },
  {
    "follower" : {
      "accountId" : "7311385354",
      "userLink" : "https://twitter.com/intent/user?user_id=7311385354"
    }
  },
  {
    "follower" : {
      "accountId" : "4487329449",
      "userLink" : "https://twitter.com/intent/user?user_id=4487329449"
    }
  },
  {
    "follower" : {
      "accountId" : "240687013",
      "userLink" : "https://twitter.com/intent/user?user_id=240687013"
    }
  },
  {
    "follower" : {
      "accountId" : "931480268644627230",
      "userLink" : "https://twitter.com/intent/user?user_id=931480268644627230"
    }
  },
  {
    "follower" : {
      "accountId" : "724302245",
      "userLink" : "https://twitter.com/intent/user?user_id=724302245"
    }
  },
  {
    "follower" : {
      "accountId" : "5835920209",
      "userLink" : "https://twitter.com/intent/user?user_id=5835920209"
    }
  },
  {
    "follower" : {
      "accountId" : "997377856",
      "userLink" : "https://twitter.com/intent/user?user_id=997377856"
    }
  },
  {
    "follower" : {
      "accountId" : "292745462",
      "userLink" : "https://twitter.com/intent/user?user_id=292745462"
    }
  },
  {
    "follower" : {
      "accountId" : "814221899316864370",
      "userLink" : "https://twitter.com/intent/user?user_id=814221899316864370"
    }
  },
  {
    "follower" : {
      "accountId" : "6835518740",
      "userLink" : "https://twitter.com/intent/user?user_id=6835518740"
    }
  },
  {
    "follower" : {
      "accountId" : "5319267200",
      "userLink" : "https://twitter.com/intent/user?user_id=5319267200"
    }
  },
  {
    "follower" : {
      "accountId" : "6242131404085392113",
      "userLink" : "https://twitter.com/intent/user?user_id=6242131404085392113"
    }
  },
  {
    "follower" : {
      "accountId" : "8907504133513585846",
      "userLink" : "https://twitter.com/intent/user?user_id=8907504133513585846"
    }
  },
  {
    "follower" : {
      "accountId" : "1711838944",
      "userLink" : "https://twitter.com/intent/user?user_id=1711838944"
    }
  },
  {
    "follower" : {
      "accountId" : "648257880",
      "userLink" : "https://twitter.com/intent/user?user_id=648257880"
    }
  },
  {
    "follower" : {
      "accountId" : "7464832204",
      "userLink" : "https://twitter.com/intent/user?user_id=7464832204"
    }
  },
  {
    "follower" : {
      "accountId" : "728640653437929614",
      "userLink" : "https://twitter.com/intent/user?user_id=728640653437929614"
    }
  },
  {
    "follower" : {
      "accountId" : "696594047",
      "userLink" : "https://twitter.com/intent/user?user_id=696594047"
    }
  },
  {
    "follower" : {
      "accountId" : "429220310",
      "userLink" : "https://twitter.com/intent/user?user_id=429220310"
    }
  },
  {
    "follower" : {
      "accountId" : "4334013671524346537",
      "userLink" : "https://twitter.com/intent/user?user_id=4334013671524346537"
    }
  },
  {
    "follower" : {
      "accountId" : "342271089",
      "userLink" : "https://twitter.com/intent/user?user_id=342271089"
    }
  },
  {
    "follower" : {
      "accountId" : "7714230823",
      "userLink" : "https://twitter.com/intent/user?user_id=7714230823"
    }
  },
  {
    "follower" : {
      "accountId" : "652534766180608881",
      "userLink" : "https://twitter.com/intent/user?user_id=652534766180608881"
    }
  },
  {
    "follower" : {
      "accountId" : "484827639",
      "userLink" : "https://twitter.com/intent/user?user_id=484827639"
    }
  },
  {
    "follower" : {
      "accountId" : "878381252603656870",
      "userLink" : "https://twitter.com/intent/user?user_id=878381252603656870"
    }
  },
  {
    "follower" : {
      "accountId" : "732449572",
      "userLink" : "https://twitter.com/intent/user?user_id=732449572"
    }
  },
  {
    "follower" : {
      "accountId" : "277514586668025371",
      "userLink" : "https://twitter.com/intent/user?user_id=277514586668025371"
    }
  },
  {
    "follower" : {
      "accountId" : "257089737",
      "userLink" : "https://twitter.com/intent/user?user_id=257089737"
    }
  },
  {
    "follower" : {
      "accountId" : "120195255351141890",
      "userLink" : "https://twitter.com/intent/user?user_id=120195255351141890"
    }
  },
  {
    "follower" : {
      "accountId" : "591353281",
      "userLink" : "https://twitter.com/intent/user?user_id=591353281"
    }
  },
  {
    "follower" : {
      "accountId" : "7354794114",
      "userLink" : "https://twitter.com/intent/user?user_id=7354794114"
    }
  },
  {
    "follower" : {
      "accountId" : "926979186",
      "userLink" : "https://twitter.com/intent/user?user_id=926979186"
    }
  },
  {
    "follower" : {
      "accountId" : "112035591876147613",
      "userLink" : "https://twitter.com/intent/user?user_id=112035591876147613"
    }
  },
  {
    "follower" : {
      "accountId" : "203259274",
      "userLink" : "https://twitter.com/intent/user?user_id=203259274"
    }
  },
  {
    "follower" : {
      "accountId" : "8702952145794824612",
      "userLink" : "https://twitter.com/intent/user?user_id=8702952145794824612"
    }
  },
  {
    "follower" : {
      "accountId" : "159075924428912029",
      "userLink" : "https://twitter.com/intent/user?user_id=159075924428912029"
    }
  },
  {
    "follower" : {
      "accountId" : "816132469736826977",
      "userLink" : "https://twitter.com/intent/user?user_id=816132469736826977"
    }
  },
  {
    "follower" : {
      "accountId" : "2415259096",
      "userLink" : "https://twitter.com/intent/user?user_id=2415259096"
    }
  },
  {
    "follower" : {
      "accountId" : "2234474303204973112",
      "userLink" : "https://twitter.com/intent/user?user_id=2234474303204973112"
    }
  },
  {
    "follower" : {
      "accountId" : "871210158",
      "userLink" : "https://twitter.com/intent/user?user_id=871210158"
    }
  },
  {
    "follower" : {
      "accountId" : "5687604045",
      "userLink" : "https://twitter.com/intent/user?user_id=5687604045"
    }
  },
  {
    "follower" : {
      "accountId" : "3488307276",
      "userLink" : "https://twitter.com/intent/user?user_id=3488307276"
    }
  },
  {
    "follower" : {
      "accountId" : "2346177635594896597",
      "userLink" : "https://twitter.com/intent/user?user_id=2346177635594896597"
    }
  },
  {
    "follower" : {
      "accountId" : "502567960602427071",
      "userLink" : "https://twitter.com/intent/user?user_id=502567960602427071"
    }
  },
  {
    "follower" : {
      "accountId" : "326642790513237339",
      "userLink" : "https://twitter.com/intent/user?user_id=326642790513237339"
    }
  },
  {
    "follower" : {
      "accountId" : "6496127431490144312",
      "userLink" : "https://twitter.com/intent/user?user_id=6496127431490144312"
    }
  },
  {
    "follower" : {
      "accountId" : "7664262315",
      "userLink" : "https://twitter.com/intent/user?user_id=7664262315"
    }
  },
  {
    "follower" : {
      "accountId" : "922694798",
      "userLink" : "https://twitter.com/intent/user?user_id=922694798"
    }
  },
  {
    "follower" : {
      "accountId" : "4384286224",
      "userLink" : "https://twitter.com/intent/user?user_id=4384286224"
    }
  },
  {
    "follower" : {
      "accountId" : "635065625768799904",
      "userLink" : "https://twitter.com/intent/user?user_id=635065625768799904"
    }
  },
  {
    "follower" : {
      "accountId" : "7406173646",
      "userLink" : "https://twitter.com/intent/user?user_id=7406173646"
    }
  },
  {
    "follower" : {
      "accountId" : "114820268",
      "userLink" : "https://twitter.com/intent/user?user_id=114820268"
    }
  },
  {
    "follower" : {
      "accountId" : "691286158237894305",
      "userLink" : "https://twitter.com/intent/user?user_id=691286158237894305"
    }
  },
  {
    "follower" : {
      "accountId" : "9024422268173010748",
      "userLink" : "https://twitter.com/intent/user?user_id=9024422268173010748"
    }
  },
  {
    "follower" : {
      "accountId" : "7060109620272968808",
      "userLink" : "https://twitter.com/intent/user?user_id=7060109620272968808"
    }
  },
  {
    "follower" : {
      "accountId" : "771701330",
      "userLink" : "https://twitter.com/intent/user?user_id=771701330"
    }
  },
  {
    "follower" : {
      "accountId" : "528997206",
      "userLink" : "https://twitter.com/intent/user?user_id=528997206"
    }
  },
  {
    "follower" : {
      "accountId" : "9095686219",
      "userLink" : "https://twitter.com/intent/user?user_id=9095686219"
    }
  },
  {
    "follower" : {
      "accountId" : "589995088",
      "userLink" : "https://twitter.com/intent/user?user_id=589995088"
    }
  },
  {
    "follower" : {
      "accountId" : "266031373",
      "userLink" : "https://twitter.com/intent/user?user_id=266031373"
    }
  },
  {
    "follower" : {
      "accountId" : "7620611854",
      "userLink" : "https://twitter.com/intent/user?user_id=7620611854"
    }
  },
  {
    "follower" : {
      "accountId" : "522704401",
      "userLink" : "https://twitter.com/intent/user?user_id=522704401"
    }
  },
  {
    "follower" : {
      "accountId" : "886108705194884080",
      "userLink" : "https://twitter.com/intent/user?user_id=886108705194884080"
    }
  },
  {
    "follower" : {
      "accountId" : "8300960523",
      "userLink" : "https://twitter.com/intent/user?user_id=8300960523"
    }
  },
  {
    "follower" : {
      "accountId" : "275758405558852828",
      "userLink" : "https://twitter.com/intent/user?user_id=275758405558852828"
    }
  },
  {
    "follower" : {
      "accountId" : "1634892538123575375",
      "userLink" : "https://twitter.com/intent/user?user_id=1634892538123575375"
    }
  },
  {
    "follower" : {
      "accountId" : "4896694826",
      "userLink" : "https://twitter.com/intent/user?user_id=4896694826"
    }
  },
  {
    "follower" : {
      "accountId" : "1018667670",
      "userLink" : "https://twitter.com/intent/user?user_id=1018667670"
    }
  },
  {
    "follower" : {
      "accountId" : "229413243",
      "userLink" : "https://twitter.com/intent/user?user_id=229413243"
    }
  },
  {
    "follower" : {
      "accountId" : "748940253267200693",
      "userLink" : "https://twitter.com/intent/user?user_id=748940253267200693"
    }
  },
  {
    "follower" : {
      "accountId" : "193219777394733694",
      "userLink" : "https://twitter.com/intent/user?user_id=193219777394733694"
    }
  },
  {
    "follower" : {
      "accountId" : "974584354",
      "userLink" : "https://twitter.com/intent/user?user_id=974584354"
    }
  },
  {
    "follower" : {
      "accountId" : "101919157",
      "userLink" : "https://twitter.com/intent/user?user_id=101919157"
    }
  },
  {
    "follower" : {
      "accountId" : "992415060",
      "userLink" : "https://twitter.com/intent/user?user_id=992415060"
    }
  },
  {
    "follower" : {
      "accountId" : "583424785280879073",
      "userLink" : "https://twitter.com/intent/user?user_id=583424785280879073"
    }
  },
  {
    "follower" : {
      "accountId" : "345762494229339201",
      "userLink" : "https://twitter.com/intent/user?user_id=345762494229339201"
    }
  },
  {
    "follower" : {
      "accountId" : "305517757462559999",
      "userLink" : "https://twitter.com/intent/user?user_id=305517757462559999"
    }
  },
  {
    "follower" : {
      "accountId" : "6442299415661212768",
      "userLink" : "https://twitter.com/intent/user?user_id=6442299415661212768"
    }
  },
  {
    "follower" : {
      "accountId" : "280888820009455967",
      "userLink" : "https://twitter.com/intent/user?user_id=280888820009455967"
    }
  },
  {
    "follower" : {
      "accountId" : "803683776",
      "userLink" : "https://twitter.com/intent/user?user_id=803683776"
    }
  },
  {
    "follower" : {
      "accountId" : "534172171425991528",
      "userLink" : "https://twitter.com/intent/user?user_id=534172171425991528"
    }
  },
  {
    "follower" : {
      "accountId" : "8846844505416911056",
      "userLink" : "https://twitter.com/intent/user?user_id=8846844505416911056"
    }
  },
  {
    "follower" : {
      "accountId" : "733050035455827642",
      "userLink" : "https://twitter.com/intent/user?user_id=733050035455827642"
    }
  },
  {
    "follower" : {
      "accountId" : "3474672561023830359",
      "userLink" : "https://twitter.com/intent/user?user_id=3474672561023830359"
    }
  },
  {
    "follower" : {
      "accountId" : "2033615569",
      "userLink" : "https://twitter.com/intent/user?user_id=2033615569"
    }
  },
  {
    "follower" : {
      "accountId" : "4150304962202667006",
      "userLink" : "https://twitter.com/intent/user?user_id=4150304962202667006"
    }
  },
  {
    "follower" : {
      "accountId" : "2412984664580161109",
      "userLink" : "https://twitter.com/intent/user?user_id=2412984664580161109"
    }
  },
  {
    "follower" : {
      "accountId" : "853010922",
      "userLink" : "https://twitter.com/intent/user?user_id=853010922"
    }
  },
  {
    "follower" : {
      "accountId" : "5976273499",
      "userLink" : "https://twitter.com/intent/user?user_id=5976273499"
    }
  },
  {
    "follower" : {
      "accountId" : "9969912644107278391",
      "userLink" : "https://twitter.com/intent/user?user_id=9969912644107278391"
    }
  },
  {
    "follower" : {
      "accountId" : "2936210990662830421",
      "userLink" : "https://twitter.com/intent/user?user_id=2936210990662830421"
    }
  },
  {
    "follower" : {
      "accountId" : "9713768382386858352",
      "userLink" : "https://twitter.com/intent/user?user_id=9713768382386858352"
    }
  },
  {
    "follower" : {
      "accountId" : "568821375388827714",
      "userLink" : "https://twitter.com/intent/user?user_id=568821375388827714"
    }
  },
  {
    "follower" : {
      "accountId" : "438284947378221734",
      "userLink" : "https://twitter.com/intent/user?user_id=438284947378221734"
    }
  },
  {
    "follower" : {
      "accountId" : "907056579",
      "userLink" : "https://twitter.com/intent/user?user_id=907056579"
    }
  },
  {
    "follower" : {
      "accountId" : "716924864298829112",
      "userLink" : "https://twitter.com/intent/user?user_id=716924864298829112"
    }
  },
  {
    "follower" : {
      "accountId" : "6543177654",
      "userLink" : "https://twitter.com/intent/user?user_id=6543177654"
    }
  },
  {
    "follower" : {
      "accountId" : "496652569",
      "userLink" : "https://twitter.com/intent/user?user_id=496652569"
    }
  },
  {
    "follower" : {
      "accountId" : "608124896",
      "userLink" : "https://twitter.com/intent/user?user_id=608124896"
    }
  },
  {
    "follower" : {
      "accountId" : "1631595145",
      "userLink" : "https://twitter.com/intent/user?user_id=1631595145"
    }
  },
  {
    "follower" : {
      "accountId" : "5088628998",
      "userLink" : "https://twitter.com/intent/user?user_id=5088628998"
    }
  },
  {
    "follower" : {
      "accountId" : "5371698682",
      "userLink" : "https://twitter.com/intent/user?user_id=5371698682"
    }
  },
  {
    "follower" : {
      "accountId" : "3262905498",
      "userLink" : "https://twitter.com/intent/user?user_id=3262905498"
    }
  },
  {
    "follower" : {
      "accountId" : "788258584490455338",
      "userLink" : "https://twitter.com/intent/user?user_id=788258584490455338"
    }
  },
  {
    "follower" : {
      "accountId" : "985853579403635312",
      "userLink" : "https://twitter.com/intent/user?user_id=985853579403635312"
    }
  },
  {
    "follower" : {
      "accountId" : "417973400766297281",
      "userLink" : "https://twitter.com/intent/user?user_id=417973400766297281"
    }
  },
  {
    "follower" : {
      "accountId" : "242800946",
      "userLink" : "https://twitter.com/intent/user?user_id=242800946"
    }
  },
  {
    "follower" : {
      "accountId" : "977494854",
      "userLink" : "https://twitter.com/intent/user?user_id=977494854"
    }
  },
  {
    "follower" : {
      "accountId" : "1736147619",
      "userLink" : "https://twitter.com/intent/user?user_id=1736147619"
    }
  },
  {
    "follower" : {
      "accountId" : "241975523391011638",
      "userLink" : "https://twitter.com/intent/user?user_id=241975523391011638"
    }
  },
  {
    "follower" : {
      "accountId" : "783684957",
      "userLink" : "https://twitter.com/intent/user?user_id=783684957"
    }
  },
  {
    "follower" : {
      "accountId" : "1033313742765241034",
      "userLink" : "https://twitter.com/intent/user?user_id=1033313742765241034"
    }
  },
  {
    "follower" : {
      "accountId" : "2730046171995270437",
      "userLink" : "https://twitter.com/intent/user?user_id=2730046171995270437"
    }
  },
  {
    "follower" : {
      "accountId" : "626431128",
      "userLink" : "https://twitter.com/intent/user?user_id=626431128"
    }
  },
  {
    "follower" : {
      "accountId" : "169638871892664679",
      "userLink" : "https://twitter.com/intent/user?user_id=169638871892664679"
    }
  },
  {
    "follower" : {
      "accountId" : "724952856486789961",
      "userLink" : "https://twitter.com/intent/user?user_id=724952856486789961"
    }
  },
  {
    "follower" : {
      "accountId" : "916848776",
      "userLink" : "https://twitter.com/intent/user?user_id=916848776"
    }
  },
  {
    "follower" : {
      "accountId" : "744219863",
      "userLink" : "https://twitter.com/intent/user?user_id=744219863"
    }
  },
  {
    "follower" : {
      "accountId" : "1847830529",
      "userLink" : "https://twitter.com/intent/user?user_id=1847830529"
    }
  },
  {
    "follower" : {
      "accountId" : "1623615844469758810",
      "userLink" : "https://twitter.com/intent/user?user_id=1623615844469758810"
    }
  },
  {
    "follower" : {
      "accountId" : "250247746",
      "userLink" : "https://twitter.com/intent/user?user_id=250247746"
    }
  },
  {
    "follower" : {
      "accountId" : "413202497",
      "userLink" : "https://twitter.com/intent/user?user_id=413202497"
    }
  },
  {
    "follower" : {
      "accountId" : "5933534629987301207",
      "userLink" : "https://twitter.com/intent/user?user_id=5933534629987301207"
    }
  },
  {
    "follower" : {
      "accountId" : "2921852962725021385",
      "userLink" : "https://twitter.com/intent/user?user_id=2921852962725021385"
    }
  },
  {
    "follower" : {
      "accountId" : "789161515",
      "userLink" : "https://twitter.com/intent/user?user_id=789161515"
    }
  },
  {
    "follower" : {
      "accountId" : "711857247254847265",
      "userLink" : "https://twitter.com/intent/user?user_id=711857247254847265"
    }
  },
  {
    "follower" : {
      "accountId" : "8015566162106804614",
      "userLink" : "https://twitter.com/intent/user?user_id=8015566162106804614"
    }
  },
  {
    "follower" : {
      "accountId" : "7791376333",
      "userLink" : "https://twitter.com/intent/user?user_id=7791376333"
    }
  },
  {
    "follower" : {
      "accountId" : "908865498",
      "userLink" : "https://twitter.com/intent/user?user_id=908865498"
    }
  },
  {
    "follower" : {
      "accountId" : "7187897100682620579",
      "userLink" : "https://twitter.com/intent/user?user_id=7187897100682620579"
    }
  },
  {
    "follower" : {
      "accountId" : "6481467156",
      "userLink" : "https://twitter.com/intent/user?user_id=6481467156"
    }
  },
  {
    "follower" : {
      "accountId" : "7355862006",
      "userLink" : "https://twitter.com/intent/user?user_id=7355862006"
    }
  },
  {
    "follower" : {
      "accountId" : "5066991737672269004",
      "userLink" : "https://twitter.com/intent/user?user_id=5066991737672269004"
    }
  },
  {
    "follower" : {
      "accountId" : "9380476180751544867",
      "userLink" : "https://twitter.com/intent/user?user_id=9380476180751544867"
    }
  },
  {
    "follower" : {
      "accountId" : "652330095",
      "userLink" : "https://twitter.com/intent/user?user_id=652330095"
    }
  },
  {
    "follower" : {
      "accountId" : "3042545435",
      "userLink" : "https://twitter.com/intent/user?user_id=3042545435"
    }
  },
  {
    "follower" : {
      "accountId" : "811960485",
      "userLink" : "https://twitter.com/intent/user?user_id=811960485"
    }
  },
  {
    "follower" : {
      "accountId" : "2222248528",
      "userLink" : "https://twitter.com/intent/user?user_id=2222248528"
    }
  },
  {
    "follower" : {
      "accountId" : "196883261",
      "userLink" : "https://twitter.com/intent/user?user_id=196883261"
    }
  },
  {
    "follower" : {
      "accountId" : "430272408138558475",
      "userLink" : "https://twitter.com/intent/user?user_id=430272408138558475"
    }
  },
  {
    "follower" : {
      "accountId" : "7897885396529850131",
      "userLink" : "https://twitter.com/intent/user?user_id=7897885396529850131"
    }
  },
  {
    "follower" : {
      "accountId" : "8776263269433965055",
      "userLink" : "https://twitter.com/intent/user?user_id=8776263269433965055"
    }
  },
  {
    "follower" : {
      "accountId" : "6015699851118096547",
      "userLink" : "https://twitter.com/intent/user?user_id=6015699851118096547"
    }
  },
  {
    "follower" : {
      "accountId" : "685144660987992172",
      "userLink" : "https://twitter.com/intent/user?user_id=685144660987992172"
    }
  },
  {
    "follower" : {
      "accountId" : "645542973",
      "userLink" : "https://twitter.com/intent/user?user_id=645542973"
    }
  },
  {
    "follower" : {
      "accountId" : "9849119180",
      "userLink" : "https://twitter.com/intent/user?user_id=9849119180"
    }
  },
  {
    "follower" : {
      "accountId" : "6964255835525385922",
      "userLink" : "https://twitter.com/intent/user?user_id=6964255835525385922"
    }
  },
  {
    "follower" : {
      "accountId" : "767541153",
      "userLink" : "https://twitter.com/intent/user?user_id=767541153"
    }
  },
  {
    "follower" : {
      "accountId" : "2027655410",
      "userLink" : "https://twitter.com/intent/user?user_id=2027655410"
    }
  },
  {
    "follower" : {
      "accountId" : "7611180336231426441",
      "userLink" : "https://twitter.com/intent/user?user_id=7611180336231426441"
    }
  },
  {
    "follower" : {
      "accountId" : "9253766004849136837",
      "userLink" : "https://twitter.com/intent/user?user_id=9253766004849136837"
    }
  },
  {
    "follower" : {
      "accountId" : "466964256239517397",
      "userLink" : "https://twitter.com/intent/user?user_id=466964256239517397"
    }
  },
  {
    "follower" : {
      "accountId" : "5808028004142602458",
      "userLink" : "https://twitter.com/intent/user?user_id=5808028004142602458"
    }
  },
  {
    "follower" : {
      "accountId" : "2659600889",
      "userLink" : "https://twitter.com/intent/user?user_id=2659600889"
    }
  },
  {
    "follower" : {
      "accountId" : "795777672",
      "userLink" : "https://twitter.com/intent/user?user_id=795777672"
    }
  },
  {
    "follower" : {
      "accountId" : "2920195303249899037",
      "userLink" : "https://twitter.com/intent/user?user_id=2920195303249899037"
    }
  },
  {
    "follower" : {
      "accountId" : "2293393212",
      "userLink" : "https://twitter.com/intent/user?user_id=2293393212"
    }
  },
  {
    "follower" : {
      "accountId" : "4556057889565491997",
      "userLink" : "https://twitter.com/intent/user?user_id=4556057889565491997"
    }
  },
  {
    "follower" : {
      "accountId" : "2914386639712401031",
      "userLink" : "https://twitter.com/intent/user?user_id=2914386639712401031"
    }
  },
  {
    "follower" : {
      "accountId" : "5090913592869515448",
      "userLink" : "https://twitter.com/intent/user?user_id=5090913592869515448"
    }
  },
  {
    "follower" : {
      "accountId" : "8142536246",
      "userLink" : "https://twitter.com/intent/user?user_id=8142536246"
    }
  },
  {
    "follower" : {
      "accountId" : "3852489333",
      "userLink" : "https://twitter.com/intent/user?user_id=3852489333"
    }
  },
  {
    "follower" : {
      "accountId" : "835523741923655601",
      "userLink" : "https://twitter.com/intent/user?user_id=835523741923655601"
    }
  },
  {
    "follower" : {
      "accountId" : "1196702709367319260",
      "userLink" : "https://twitter.com/intent/user?user_id=1196702709367319260"
    }
  },
  {
    "follower" : {
      "accountId" : "662191789532740479",
      "userLink" : "https://twitter.com/intent/user?user_id=662191789532740479"
    }
  },
  {
    "follower" : {
      "accountId" : "582703637",
      "userLink" : "https://twitter.com/intent/user?user_id=582703637"
    }
  },
  {
    "follower" : {
      "accountId" : "7722661950299334060",
      "userLink" : "https://twitter.com/intent/user?user_id=7722661950299334060"
    }
  },
  {
    "follower" : {
      "accountId" : "860536660400683566",
      "userLink" : "https://twitter.com/intent/user?user_id=860536660400683566"
    }
  },
  {
    "follower" : {
      "accountId" : "2041736274",
      "userLink" : "https://twitter.com/intent/user?user_id=2041736274"
    }
  },
  {
    "follower" : {
      "accountId" : "7703789694845373125",
      "userLink" : "https://twitter.com/intent/user?user_id=7703789694845373125"
    }
  },
  {
    "follower" : {
      "accountId" : "669238424",
      "userLink" : "https://twitter.com/intent/user?user_id=669238424"
    }
  },
  {
    "follower" : {
      "accountId" : "7521350291172400625",
      "userLink" : "https://twitter.com/intent/user?user_id=7521350291172400625"
    }
  },
  {
    "follower" : {
      "accountId" : "8163805388119814086",
      "userLink" : "https://twitter.com/intent/user?user_id=8163805388119814086"
    }
  },
  {
    "follower" : {
      "accountId" : "2913075171551403545",
      "userLink" : "https://twitter.com/intent/user?user_id=2913075171551403545"
    }
  },
  {
    "follower" : {
      "accountId" : "1193181761",
      "userLink" : "https://twitter.com/intent/user?user_id=1193181761"
    }
  },
  {
    "follower" : {
      "accountId" : "914560366",
      "userLink" : "https://twitter.com/intent/user?user_id=914560366"
    }
  },
  {
    "follower" : {
      "accountId" : "1796071371915721724",
      "userLink" : "https://twitter.com/intent/user?user_id=1796071371915721724"
    }
  },
  {
    "follower" : {
      "accountId" : "271362537",
      "userLink" : "https://twitter.com/intent/user?user_id=271362537"
    }
  },
  {
    "follower" : {
      "accountId" : "989247006",
      "userLink" : "https://twitter.com/intent/user?user_id=989247006"
    }
  },
  {
    "follower" : {
      "accountId" : "125692213609208544",
      "userLink" : "https://twitter.com/intent/user?user_id=125692213609208544"
    }
  },
  {
    "follower" : {
      "accountId" : "749355138206025052",
      "userLink" : "https://twitter.com/intent/user?user_id=749355138206025052"
    }
  },
  {
    "follower" : {
      "accountId" : "8793775701498061735",
      "userLink" : "https://twitter.com/intent/user?user_id=8793775701498061735"
    }
  },
  {
    "follower" : {
      "accountId" : "1497527281",
      "userLink" : "https://twitter.com/intent/user?user_id=1497527281"
    }
  },
  {
    "follower" : {
      "accountId" : "1084049625",
      "userLink" : "https://twitter.com/intent/user?user_id=1084049625"
    }
  },
  {
    "follower" : {
      "accountId" : "2932138068287800256",
      "userLink" : "https://twitter.com/intent/user?user_id=2932138068287800256"
    }
  },
  {
    "follower" : {
      "accountId" : "442618962692244147",
      "userLink" : "https://twitter.com/intent/user?user_id=442618962692244147"
    }
  },
  {
    "follower" : {
      "accountId" : "7367073833",
      "userLink" : "https://twitter.com/intent/user?user_id=7367073833"
    }
  },
  {
    "follower" : {
      "accountId" : "481045744949623682",
      "userLink" : "https://twitter.com/intent/user?user_id=481045744949623682"
    }
  }
]