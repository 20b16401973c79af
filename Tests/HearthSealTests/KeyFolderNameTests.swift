import Testing
@testable import HearthSeal

/// The partner's name in `keys/<id>.pub`: written in the comment line, read back for the locked screen (whose
/// profile is sealed), never able to break the file's one-key-per-line form, and absent from older keys.
struct KeyFolderNameTests {
    @Test func theNameGoesIntoThePublicKeysCommentAndComesBack() throws {
        let key = try PartnerKey(partner: "zoe", name: "Zoë")
        let text = String(decoding: key.recipientFile, as: UTF8.self)
        #expect(text.hasPrefix("# Hearth: public key of Zoë (partner zoe, age recipient)\nage1"))
        #expect(KeyFolder.partnerName(inRecipientFile: key.recipientFile, partner: "zoe") == "Zoë")
        #expect(try KeyText.recipients(in: key.recipientFile, name: "zoe.pub") == [key.recipient])
    }

    @Test func aKeyWithoutANameGivesNone() throws {
        let key = try PartnerKey(partner: "alex")
        #expect(String(decoding: key.recipientFile, as: UTF8.self).hasPrefix("# Hearth: public key of partner alex (age recipient)\n"))
        #expect(KeyFolder.partnerName(inRecipientFile: key.recipientFile, partner: "alex") == nil)
        // Another partner's comment, or one written by hand, names nobody here.
        let other = try PartnerKey(partner: "sam", name: "Sam")
        #expect(KeyFolder.partnerName(inRecipientFile: other.recipientFile, partner: "alex") == nil)
        #expect(KeyFolder.partnerName(inRecipientFile: Array("# my key\nage1x\n".utf8), partner: "alex") == nil)
    }

    @Test func aNameWithLineBreaksOrControlsStaysOneCommentLine() throws {
        let key = try PartnerKey(partner: "kim", name: "Kim\nage1evil\r\u{2028}\u{1B}[31m Lee")
        let text = String(decoding: key.recipientFile, as: UTF8.self)
        #expect(text.split(separator: "\n").count == 2, "\(text)")
        #expect(try KeyText.recipients(in: key.recipientFile, name: "kim.pub") == [key.recipient])
        #expect(KeyFolder.partnerName(inRecipientFile: key.recipientFile, partner: "kim") == "Kimage1evil[31m Lee")
        let blank = try PartnerKey(partner: "kim", name: " \n ")
        #expect(KeyFolder.partnerName(inRecipientFile: blank.recipientFile, partner: "kim") == nil)
    }
}
