import HearthDomain
import HearthUI

/// A journal whose one check-in holds an appreciation of a given size: prose in three scripts, with
/// paragraph breaks, the kind of thing a long paste into the answer leaves behind.
enum HugeAnswerFixtures {
    static let paragraph = "We walked to the café by the river and talked about nothing much, which was the point. "
        + "ありがとう、本当に。 The light was long and gold; you laughed at the ducks 🦆 again.\n"

    /// `paragraph` repeated to about `bytes` bytes, numbered so each paragraph can be told apart.
    static func answer(bytes: Int) -> String {
        var text = ""
        text.reserveCapacity(bytes + paragraph.utf8.count)
        var number = 0
        while text.utf8.count < bytes {
            number += 1
            text += "§\(number) " + paragraph
        }
        return text
    }

    /// A journal with the huge appreciation in Zoë's check-in of this week, and 美咲's short one beside it.
    static func journal(bytes: Int) -> Journal {
        let week = Fixtures.thisWeek
        return Journal(profile: Fixtures.profile, checkIns: [
            CheckIn(week: week, partner: "zoe", ratings: Fixtures.ratings([4, 4, 5, 4, 4, 3]),
                    appreciations: [answer(bytes: bytes), "And the soup."], howWeAreDoing: "Steady."),
            CheckIn(week: week, partner: "misaki", ratings: Fixtures.ratings([4, 4, 4, 4, 4, 4]),
                    appreciations: ["朝ごはん、ありがとう。"], howWeAreDoing: "Good."),
        ])
    }
}
