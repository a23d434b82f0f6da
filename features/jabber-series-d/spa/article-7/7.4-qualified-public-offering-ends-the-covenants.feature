@jabber_series_d
Feature: The closing of a Qualified Public Offering ends the covenants after the Closing (§5.2, §5.3, §5.4, §7.4)
  The Company's covenants run "from and after the Closing Date and until the closing of a Qualified Public
  Offering" (§5.2), the Investors' likewise (§5.3), Webb's until the earliest of a Qualified Public
  Offering and three other events (§5.4); and by §7.4 "the rights and obligations of the parties under
  this Agreement shall terminate as to each Investor and the Company upon the consummation of a Qualified
  Public Offering", except Article 6. From the offering's closing date each covenant is ended, naming the
  event; a breach before it stays on the record, dated. Before the Closing Date nothing is owed yet.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  Scenario Outline: A Qualified Public Offering at exactly $1.40 a share and $20,000,000.00 ends <rule> for <party> on its closing date
    Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
    When the deal is checked as of "2004-06-30"
    Then "<rule>" for "<party>" ended by "a Qualified Public Offering"

    Examples:
      | rule                   | party |
      | spa.5.2.c.i.annual     | FTTI  |
      | spa.5.2.c.i.letter     | INTEL |
      | spa.5.2.c.iii.comparison | WEBB |
      | spa.5.2.c.ii.monthly   | INTEL |
      | spa.5.2.c.ii.quarterly | WEBB  |
      | spa.5.2.c.iii.budget   | FTTI  |
      | spa.5.2.c.v            | INTEL |
      | spa.5.3.a              | WEBB  |

  Scenario Outline: A Qualified Public Offering at exactly $1.40 a share and $20,000,000.00 ends <rule> on its closing date
    Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
    When the deal is checked as of "2004-06-30"
    Then "<rule>" ended by "a Qualified Public Offering"

    Examples:
      | rule              |
      | spa.5.2.l.monthly |
      | spa.5.2.l.assets  |
      | spa.5.2.k.i       |
      | spa.5.2.k.ii      |
      | spa.5.2.k.iii     |
      | spa.5.4           |

  Scenario: The day before the offering closes, the covenants still run
    Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
    When the deal is checked as of "2004-06-29"
    Then "spa.5.2.l.assets" is due on "2004-08-31"
    And "spa.5.2.c.ii.monthly" for "FTTI" was breached on "2003-12-02"

  Scenario: What survives the end: the October 2003 statements were late, and that breach stays dated
    Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
    When the deal is checked as of "2004-07-15"
    Then "spa.5.2.c.ii.monthly" for "FTTI" ended by "a Qualified Public Offering"
    And the working for "spa.5.2.c.ii.monthly" for "FTTI" mentions "it was breached on 2003-12-02, before it ended"
    And the covenants summary says "spa.5.2.c.ii.monthly (§5.2(c)(ii)) for FTTI, INTEL, WEBB on 2003-12-02, before it ended on 2004-06-30"

  Scenario: An offering at $1.39 a share is not a Qualified Public Offering and ends nothing
    Given a public offering closes on "2004-06-30" at "$1.39" a share raising "$20,000,000.00", firm commitment underwritten
    When the deal is checked as of "2004-07-15"
    Then "spa.5.2.l.assets" is due on "2004-08-31"
    And "spa.1.1.aa" is "not met"

  Scenario: A best-efforts offering ends nothing either
    Given a public offering closes on "2004-06-30" at "$5.00" a share raising "$50,000,000.00", best efforts underwritten
    When the deal is checked as of "2004-07-15"
    Then "spa.5.4" is "complied"

  Scenario: With nothing known about public offerings, whether a covenant has ended is unknown
    Given the fact "public_offerings" is unknown
    When the deal is checked as of "2004-07-15"
    Then "spa.5.2.l.assets" is "unknown"
    And "spa.5.2.l.assets" is missing "public_offerings"

  Scenario Outline: Before the Closing Date the covenants after it are not yet due: <rule>
    Given the fact "closing_date" is "2003-03-20"
    When the deal is checked as of "2003-03-19"
    Then the outcomes are:
      | rule   | party   | status      |
      | <rule> | <party> | not yet due |

    Examples:
      | rule          | party |
      | spa.5.2.k.i   |       |
      | spa.5.2.k.ii  |       |
      | spa.5.2.k.iii |       |
      | spa.5.3.a     | FTTI  |
      | spa.5.4       |       |

  Scenario: The shipped example after the public offering: every covenant has ended, the earlier breaches stay
    Given the deal state "examples/jabber-series-d-after-ipo.yaml"
    When the deal is checked
    Then "spa.1.1.aa" is "met"
    And the covenants summary says "covenants as of 2004-09-30: ended"
    And the covenants summary says "breached before they ended: "
    And the covenants summary says "spa.5.2.c.ii.monthly (§5.2(c)(ii)) for FTTI, INTEL, WEBB on 2003-12-02, before it ended on 2004-06-30"
    And "spa.5.2.l.assets" ended by "the closing of a Qualified Public Offering (§5.2)"
    And "spa.5.4" ended by "a Qualified Public Offering (§5.4)"
