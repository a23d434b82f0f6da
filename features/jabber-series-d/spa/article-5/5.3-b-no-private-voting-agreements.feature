@jabber_series_d
Feature: SPA §5.3(b): no Investor enters into a private agreement with another Investor on voting
  "Each Investor will not enter into any agreement, contract or arrangement with any other Investor with
  respect to the voting of such Investor's shares of the Company in any matter that must be approved by the
  Company's shareholders under law or under this Agreement or any of the Related Agreements". Per Investor,
  from the Closing Date until a Qualified Public Offering; a breach is on the date the Investor entered into
  the agreement. The Voting Agreement and the drag-along of the Right of First Refusal Agreement are
  themselves agreements among the Investors on voting, and §2.3(b) requires each purchaser at a Subsequent
  Closing, Webb included, to join them: whether that breaches §5.3(b) is the setting
  investor_voting_related_agreements (default exempt; literal is the words alone). Whether a matter is one
  the shareholders must approve is a judgement of a party to the Agreement.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And there are no "voting_agreements"

  @spa_5_3_b
  Rule: §5.3(b) No Investor enters into an agreement with another Investor on the voting of its shares

    Scenario: A year after the Closing no Investor has entered into any agreement on voting
      When the deal is checked as of "2004-03-18"
      Then "spa.5.3.b" is "complied" for every party
      And the reason for "spa.5.3.b" for "WEBB" mentions "Webb has entered into no agreement, contract or arrangement with another Investor on the voting of its shares since the Closing"

    Scenario: FTTI and Intel pool their votes on a matter for the shareholders: each breaches it that day, by its own act
      Given on "2004-02-01" "FTTI, INTEL" enter into "the pooling letter", an agreement among them on the voting of their shares in a matter the shareholders must approve, as asserted by "COMPANY"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.3.b" for "FTTI" was breached on "2004-02-01"
      And the reason for "spa.5.3.b" for "FTTI" mentions "FTTI entered into an agreement with another Investor on the voting of its shares in a matter that must be approved by the Company's shareholders"
      And "spa.5.3.b" for "INTEL" was breached on "2004-02-01"
      And "spa.5.3.b" is "complied" for "WEBB"
      And the reason for "spa.5.3.b" for "FTTI" mentions "the failure is FTTI's own"

    Scenario: Checked the day before the pooling letter, the covenant is complied with
      Given on "2004-02-01" "FTTI, INTEL" enter into "the pooling letter", an agreement among them on the voting of their shares in a matter the shareholders must approve, as asserted by "COMPANY"
      When the deal is checked as of "2004-01-31"
      Then "spa.5.3.b" is "complied" for every party

    Scenario: An agreement on voting in a matter the shareholders need not approve is not forbidden
      Given on "2004-02-01" "FTTI, INTEL" enter into "the board observer letter", an agreement among them on the voting of their shares in a matter the shareholders need not approve, as asserted by "FTTI"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.3.b" is "complied" for every party
      And the reason for "spa.5.3.b" for "INTEL" mentions "None of the agreements Intel has entered into with another Investor since the Closing is on the voting of its shares in a matter the Company's shareholders must approve"

    Scenario: An agreement among Investors about something other than voting is not forbidden
      Given on "2004-02-01" "FTTI, INTEL" enter into "the co-investment letter", an agreement among them on the voting of their shares in a matter the shareholders must approve, as asserted by "COMPANY"
      And the "on_voting" of the "voting_agreements" record "the co-investment letter" is "false"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.3.b" is "complied" for every party

    Scenario: An agreement on voting between FTTI and the Company alone is not with any other Investor
      Given on "2004-02-01" "FTTI" enter into "the standstill", an agreement among them on the voting of their shares in a matter the shareholders must approve, as asserted by "COMPANY"
      And the "parties" of the "voting_agreements" record "the standstill" is "FTTI, COMPANY"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.3.b" is "complied" for "FTTI"

    Scenario Outline: Webb's joinder to the Voting Agreement at a Subsequent Closing, which §2.3(b) requires: exempt, or a breach by Webb read literally
      Given on "2003-10-15" "WEBB" joins "Webb's joinder to the Voting Agreement at sc1", a Related Agreement among "FTTI, INTEL, WEBB" on the voting of their shares in matters the shareholders must approve, as asserted by "COMPANY"
      And the setting "investor_voting_related_agreements" is "<reading>"
      When the deal is checked as of "2003-12-31"
      Then the outcomes are:
        | rule      | party | status          |
        | spa.5.3.b | WEBB  | <webb>          |
        | spa.5.3.b | FTTI  | complied        |
        | spa.5.3.b | INTEL | complied        |
      And "spa.5.3.b" used the setting "investor_voting_related_agreements" as "<reading>"

      Examples:
        | reading | webb     |
        | exempt  | complied |
        | literal | breached |

    Scenario: Read literally, Webb's joinder is a breach on the day it joined
      Given on "2003-10-15" "WEBB" joins "Webb's joinder to the Voting Agreement at sc1", a Related Agreement among "FTTI, INTEL, WEBB" on the voting of their shares in matters the shareholders must approve, as asserted by "COMPANY"
      And the setting "investor_voting_related_agreements" is "literal"
      When the deal is checked as of "2003-12-31"
      Then "spa.5.3.b" for "WEBB" was breached on "2003-10-15"
      And the reason for "spa.5.3.b" for "WEBB" mentions "Webb entered into a Related Agreement, or a joinder to or amendment of one, with another Investor on the voting of its shares"

    Scenario: Left for counsel, Webb's joinder leaves Webb's row unknown, with the question
      Given on "2003-10-15" "WEBB" joins "Webb's joinder to the Voting Agreement at sc1", a Related Agreement among "FTTI, INTEL, WEBB" on the voting of their shares in matters the shareholders must approve, as asserted by "COMPANY"
      And the setting "investor_voting_related_agreements" is "unresolved"
      When the deal is checked as of "2003-12-31"
      Then "spa.5.3.b" is "unknown" for "WEBB"
      And the working for "spa.5.3.b" for "WEBB" mentions "complied under exempt, breached under literal"
      And "spa.5.3.b" is "complied" for "FTTI"

    Scenario: A venture capital firm's joinder is no Investor's entering into anything, even read literally
      Given on "2003-10-15" "Acme Ventures" joins "Acme's joinder to the Voting Agreement", a Related Agreement among "FTTI, INTEL, WEBB" on the voting of their shares in matters the shareholders must approve, as asserted by "COMPANY"
      And the setting "investor_voting_related_agreements" is "literal"
      When the deal is checked as of "2003-12-31"
      Then "spa.5.3.b" is "complied" for every party

    Scenario: Read literally, the Voting Agreement itself, made before the Closing Date, is no breach
      Given on "2003-03-17" "FTTI, INTEL, WEBB" enter into "the Voting Agreement", an agreement among them on the voting of their shares in a matter the shareholders must approve, as asserted by "COMPANY"
      And the setting "investor_voting_related_agreements" is "literal"
      When the deal is checked as of "2003-12-31"
      Then "spa.5.3.b" is "complied" for every party

    Scenario: Whether the matter is one for the shareholders is not judged: unknown
      Given on "2004-02-01" "FTTI, INTEL" enter into "the pooling letter", an agreement among them on the voting of their shares in a matter the shareholders must approve, as asserted by "COMPANY"
      And the "shareholder_matter" of the "voting_agreements" record "the pooling letter" is "unknown"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.3.b" is "unknown" for "FTTI"
      And "spa.5.3.b" is "complied" for "WEBB"

    Scenario: FT is not a party to the Agreement: its judgement of the matter is set aside
      Given on "2004-02-01" "FTTI, INTEL" enter into "the pooling letter", an agreement among them on the voting of their shares in a matter the shareholders must approve, as asserted by "FT"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.3.b" is "unknown" for "INTEL"
      And "spa.5.3.b" for "INTEL" sets aside the assertion by "FT" because "may not make it"

    Scenario: Nothing is known of the Investors' agreements: unknown
      Given the fact "voting_agreements" is unknown
      When the deal is checked as of "2004-03-18"
      Then "spa.5.3.b" is "unknown" for "WEBB"
      And "spa.5.3.b" for "WEBB" is missing "voting_agreements"

    Scenario: Before the Closing Date §5.3(b) does not yet bind
      When the deal is checked as of "2003-03-17"
      Then "spa.5.3.b" is "not yet due" for "FTTI"

    Scenario: A Qualified Public Offering ends the covenant; the pooling letter stays on the record
      Given on "2004-02-01" "FTTI, INTEL" enter into "the pooling letter", an agreement among them on the voting of their shares in a matter the shareholders must approve, as asserted by "COMPANY"
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.3.b" for "FTTI" ended by "the closing of a Qualified Public Offering"
      And the working for "spa.5.3.b" for "FTTI" mentions "it was breached on 2004-02-01, before it ended"

    Scenario: Every Investor and the Company waive the pooling letter in writing (§7.9)
      Given on "2004-02-01" "FTTI, INTEL" enter into "the pooling letter", an agreement among them on the voting of their shares in a matter the shareholders must approve, as asserted by "COMPANY"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.3.b" in writing on "2004-02-15"
      When the deal is checked as of "2004-03-18"
      Then "spa.5.3.b" is "waived" for "FTTI"
