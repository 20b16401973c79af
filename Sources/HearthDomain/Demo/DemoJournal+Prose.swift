/// The demo couple's words: short and long, English and Japanese, some emoji, all invented.
enum DemoProse {
    /// Things a partner was glad about; index 0 is Zoë, 1 is 美咲.
    static let appreciations: [[String]] = [
        [
            "You made soup when I came home soaked 🍲",
            "Thank you for listening to the whole saga about the landlord without once checking your phone.",
            "The note in my coat pocket. Found it on the bus and grinned like an idiot.",
            "You fixed the wobbly shelf!",
            "How you handled my mother on the phone — patient, funny, kind. I noticed.",
            "Tea in bed on Saturday ☕",
            "You let me win at Scrabble. Or you didn't, and I'm brilliant. Either way, thanks.",
            "Picking me up from the station in the rain.",
            "Breakfast at the little café by the canal, just us and the crossword.",
            "You asked how the interview felt, not just how it went. That meant a lot.",
            "Your laugh during the film, honestly the best part of the week 😂",
        ],
        [
            "洗濯物をたたんでくれてありがとう。",
            "Thank you for the long hug on Tuesday 🤗",
            "Zoëが朝ごはんを作ってくれた。とても嬉しかった！",
            "You carried the heavy bags up four floors without complaining.",
            "駅まで迎えに来てくれてありがとう 🌧️",
            "You remembered my sister's birthday before I did.",
            "一緒に散歩した時間が一番よかった。",
            "You sorted out the bills so I could sleep. 本当に助かった。",
            "The way you cheered at my pottery bowl, even the lopsided one 🏺",
            "Thanks for booking the dentist for me. Small thing, big relief.",
        ],
    ]

    /// Appreciations in weeks when little feels easy: shorter, more careful.
    static let appreciationsLow: [[String]] = [
        ["You took the bins out.", "Thanks for trying on Sunday, even though it went sideways.", "You made coffee."],
        ["ありがとう。", "You texted to say you'd be late. Thank you for that.", "ご飯を作ってくれた。"],
    ]

    static let doingWell: [[String]] = [
        [
            "Good. Steady.",
            "Honestly, really good. We've been laughing a lot and the flat feels like ours again.",
            "Busy but close 💛",
            "Pretty good — a bit tired, but I feel like we're on the same team.",
            "Warm. Like a Sunday afternoon that goes on for a while.",
        ],
        [
            "いい感じ 😊",
            "We are good. Work is heavy but home is light.",
            "穏やかな一週間だった。",
            "Close. I felt looked after this week.",
            "Good! Lots of small nice moments, no big ones, which is fine.",
        ],
    ]

    static let doingBadly: [[String]] = [
        [
            "Not great. We talk about logistics and nothing else.",
            "Distant. I keep meaning to say something and then don't.",
            "Tense. I'm snapping at small things and I don't like it 😞",
            "Like flatmates who are polite to each other.",
        ],
        [
            "ちょっと遠い感じ。",
            "We are both tired and it shows. Quiet evenings, separate screens.",
            "I feel alone even when we're in the same room.",
            "よくわからない。話したいけど、タイミングがない。",
        ],
    ]

    static let moreOf: [String] = [
        "Walks without a destination.", "Cooking together 🍳", "Talking before sleep.", "もっと一緒に笑いたい。",
        "Surprises, small ones.", "Hugs in the kitchen.", "Asking each other real questions.", "週末の朝ごはん。",
        "Dancing badly to old songs 💃", "Time outside.",
    ]

    static let lessOf: [String] = [
        "Phones at dinner 📱", "Working late.", "Sarcasm when we're tired.", "スマホを見ながら話すこと。",
        "Rushing on Sunday mornings.", "Leaving the hard topics for 11 pm.", "", "Scrolling in bed.",
    ]

    static let intentions: [[String]] = [
        [
            "Plan Friday night properly this time.", "Ask about the pottery class and actually listen.",
            "Phone in the drawer after 9.", "Leave a note somewhere unexpected 💌",
            "Say the thing I've been holding back, kindly.", "Walk to the market together on Saturday.",
        ],
        [
            "金曜日はスマホなしで夕ごはん。", "Tell Zoë one thing I like about her every day.",
            "朝、ハグしてから出かける。", "Book the onsen weekend ♨️",
            "Cook her favourite ramen.", "Ask how she really is, and wait for the answer.",
        ],
    ]

    static let reflections: [[String]] = [
        [
            "Did I let her see me this week? Mostly. I hid the work worry, which was silly.",
            "I felt connected on Sunday and nowhere else. Worth noticing.",
            "I've been guarded. Not sure why yet.",
        ],
        [
            "本当の気持ちを少しだけ話せた。",
            "I was open on Wednesday. It felt scary and then good.",
            "最近、自分の話をあまりしていない気がする。",
        ],
    ]

    static let notes: [String] = [
        "Visitors all weekend, so the walk was short.", "Zoë's cold 🤧 Soup week.",
        "出張で三日間いなかった。", "Heatwave. Everything slow.", "Moved the sofa; the room feels new.",
        "Long one this week — we talked about the year ahead, money, whether to get a cat 🐈, and nothing got decided, which felt fine.",
    ]

    static let skipReasons: [String] = [
        "Too tired.", "Rained all day 🌧️", "仕事が遅くなった。", "Forgot, honestly.", "Visitors.", "",
    ]

    /// What a moment in each language looked like.
    static func momentText(_ language: LoveLanguage) -> [String] {
        switch language {
        case .words: momentWords
        case .service: momentService
        case .gifts: momentGifts
        case .time: momentTime
        case .touch: momentTouch
        }
    }

    // Stored once: building these arrays per moment showed up in the 100,000-check-in profile.
    private static let momentWords = ["Said how proud I am of the new job.", "手紙を書いた ✉️", "A long text in the middle of the day."]
    private static let momentService = ["Did all the washing-up.", "車を洗った。", "Sorted the tax forms.", "Fixed the bike tyre 🚲"]
    private static let momentGifts = ["Brought home peonies 💐", "小さなお菓子を買ってきた。", "A second-hand book she wanted."]
    private static let momentTime = ["An evening with no screens.", "二人で長い散歩。", "Coffee on the balcony, an hour, no plans."]
    private static let momentTouch = ["A long hug at the door.", "手をつないで歩いた。", "Shoulder rub after work."]

    static let landed: [String] = [
        "Loved it.", "とても嬉しかった。", "Nice, though I was distracted.", "", "Made my week 💛", "Didn't quite land.",
    ]
}
