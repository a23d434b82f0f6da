@jabber_series_d
Feature: SPA §7.4: the Agreement's rights and obligations terminate on a Qualified Public Offering, except Article 6
  "From and after the Closing, except as otherwise provided in Article 6 hereof, the rights and obligations of
  the parties under this Agreement shall terminate as to each Investor and the Company upon the consummation
  of a Qualified Public Offering." One row for the deal, as of the date: met while the rights and obligations
  continue, not met from the day the first Qualified Public Offering closes (its date shown), unknown while it
  is not known whether one has. A public offering that is not qualified terminates nothing. Each covenant's
  own row shows it ended (7.4-qualified-public-offering-ends-the-covenants.feature). Offerings are
  illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  @spa_7_4
  Rule: §7.4 The Agreement terminates on the consummation of a Qualified Public Offering

    Scenario: A year after the Closing, with no public offering, the Agreement continues
      When the deal is checked
      Then "spa.7.4" is "met"
      And the reason for "spa.7.4" mentions "no Qualified Public Offering has been consummated by January 20, 2004"

    @boundary
    Scenario Outline: A Qualified Public Offering at exactly $1.40 a share and $20,000,000.00 closing on June 30, 2004 terminates it that day
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "<as of>"
      Then "spa.7.4" is "<status>"

      Examples:
        | as of      | status  |
        | 2004-06-29 | met     |
        | 2004-06-30 | not met |

    Scenario: The row names the day the Agreement terminated
      Given the deal state "examples/jabber-series-d-after-ipo.yaml"
      When the deal is checked
      Then "spa.7.4" is "not met"
      And the reason for "spa.7.4" mentions "terminated as to each Investor and the Company on June 30, 2004, on the consummation of a Qualified Public Offering"
      And the working for "spa.7.4" mentions "qualified_public_offering_date (SPA §1.1(aa)) = 2004-06-30"

    Scenario Outline: A public offering that is not qualified terminates nothing: <offering>
      Given <offering>
      When the deal is checked as of "2004-07-15"
      Then "spa.7.4" is "met"

      Examples:
        | offering                                                                                                                   |
        | a public offering closes on "2004-06-30" at "$1.39" a share raising "$20,000,000.00", firm commitment underwritten         |
        | a public offering closes on "2004-06-30" at "$5.00" a share raising "$19,999,999.99", firm commitment underwritten         |
        | a public offering closes on "2004-06-30" at "$5.00" a share raising "$50,000,000.00", best efforts underwritten            |

    Scenario Outline: $15,000,000.00 for the Company and $5,000,000.00 for selling stockholders terminates it only if their proceeds count (<reading>)
      Given a public offering closes on "2004-06-30" at "$2.00" a share raising "$15,000,000.00", firm commitment underwritten
      And selling stockholders sell "$5,000,000.00" of shares in the offering of "2004-06-30"
      And the setting "qpo_gross_proceeds" is "<reading>"
      When the deal is checked as of "2004-07-15"
      Then "spa.7.4" is "<status>"
      And "spa.7.4" used the setting "qpo_gross_proceeds" as "<reading>"

      Examples:
        | reading        | status  |
        | company_only   | met     |
        | total_offering | not met |

    Scenario: With nothing known about public offerings, whether the Agreement has terminated is unknown
      Given the fact "public_offerings" is unknown
      When the deal is checked as of "2004-07-15"
      Then "spa.7.4" is "unknown"
      And "spa.7.4" is missing "public_offerings"

    Scenario: Before the Closing Date the clause does not operate
      Given the fact "closing_date" is "2003-03-20"
      When the deal is checked as of "2003-03-19"
      Then "spa.7.4" is "not applicable"

    @waiver
    Scenario: The Company and every Investor waive the termination in writing under §7.9
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.7.4" in writing on "2004-07-01"
      When the deal is checked as of "2004-07-15"
      Then "spa.7.4" is "waived"
      And "spa.6.2" is "met"
