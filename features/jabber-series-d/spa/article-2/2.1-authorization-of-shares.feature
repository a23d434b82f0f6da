@jabber_series_d
Feature: SPA §2.1: the Shares and the Conversion Shares authorized by the Closing Date
  "On or prior to the Closing Date, the Company shall have authorized (i) the sale and issuance to the
  Investors of up to Forty-four Million, Four Hundred Eighty-Three Thousand, Three Hundred Sixty-Two
  (44,483,362) shares of Series D Preferred Stock (the "Shares") and (ii) the issuance of the applicable
  number of shares of Common Stock issuable upon conversion of the Shares (the "Conversion Shares")." A
  covenant of the Company from the date of the Agreement: due until the Closing Date, breached from the day
  after it without both authorizations. In the example the Restated Certificate filed on the Closing Date
  authorizes the 44,483,362 Shares (§3.1(f)); the Conversion Shares are the fact §4.1(f) also reads.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"

  @spa_2_1
  Rule: §2.1 The Company has authorized the Shares and the Conversion Shares on or before the Closing Date

    Scenario: At the Closing the 44,483,362 Shares and the Conversion Shares are authorized
      When the deal is checked
      Then "spa.2.1" is "complied"
      And the reason for "spa.2.1" mentions "authorized the sale and issuance of 44,483,362 shares of Series D Preferred Stock, at least the 44,483,362 Shares, on March 18, 2003"
      And the working for "spa.2.1" mentions "share_authorization.series_d_shares >= 44_483_362 is true"

    @boundary
    Scenario Outline: Authorizing one Share fewer than 44,483,362 is a breach from the day after the Closing Date
      Given the fact "share_authorization.series_d_shares" is "<authorized>"
      When the deal is checked as of "2003-04-30"
      Then "spa.2.1" is "<status>"

      Examples:
        | authorized | status   |
        | 44,483,362 | complied |
        | 44,483,361 | breached |

    Scenario: Short by one Share, the breach dates from March 19, 2003
      Given the fact "share_authorization.series_d_shares" is "44,483,361"
      When the deal is checked as of "2003-04-30"
      Then "spa.2.1" was breached on "2003-03-19"
      And the reason for "spa.2.1" mentions "has authorized only 44,483,361 shares of Series D Preferred Stock, 1 fewer than the 44,483,362 Shares"

    Scenario Outline: The authorization completed the day before, on, or after the Closing Date
      Given the fact "share_authorization.authorized_on" is "<authorized on>"
      When the deal is checked as of "2003-04-30"
      Then "spa.2.1" is "<status>"

      Examples:
        | authorized on | status   |
        | 2003-03-17    | complied |
        | 2003-03-18    | complied |
        | 2003-03-19    | breached |

    Scenario: The Conversion Shares not duly authorized: the Company's covenant is breached as well as the Investors' condition unmet
      Given the fact "conversion_shares.duly_authorized" is "false"
      When the deal is checked as of "2003-04-30"
      Then "spa.2.1" was breached on "2003-03-19"
      And the reason for "spa.2.1" mentions "has not duly authorized the issuance of the Conversion Shares"
      And "spa.4.1.f" is "not met" for "FTTI"

    Scenario: The day before the Closing, an authorization the Company has yet to complete is due on the Closing Date
      When the deal is checked as of "2003-03-17"
      Then "spa.2.1" is due on "2003-03-18"
      And the reason for "spa.2.1" mentions "its authorization is complete on March 18, 2003"

    Scenario: Before the Agreement was made nothing was owed
      When the deal is checked as of "2003-03-16"
      Then "spa.2.1" is "not yet due"

    Scenario: How many Shares were authorized is not said: unknown
      Given the fact "share_authorization.series_d_shares" is unknown
      When the deal is checked
      Then "spa.2.1" is "unknown"
      And "spa.2.1" is missing "share_authorization.series_d_shares"

    Scenario: A Qualified Public Offering ends the Agreement's obligations (§7.4); the breach at the Closing stays on the record
      Given the fact "share_authorization.series_d_shares" is "44,483,361"
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.2.1" ended by "a Qualified Public Offering"
      And the working for "spa.2.1" mentions "it was breached on 2003-03-19, before it ended"

    Scenario: Every Investor and the Company waive the shortfall in writing (§7.9)
      Given the fact "share_authorization.series_d_shares" is "44,483,361"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.2.1" in writing on "2003-03-18"
      When the deal is checked as of "2003-04-30"
      Then "spa.2.1" is "waived"
