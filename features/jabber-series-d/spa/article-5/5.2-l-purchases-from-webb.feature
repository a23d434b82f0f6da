@jabber_series_d
Feature: SPA §5.2(l): the Company's purchases from Webb
  "The Company shall purchase certain software products ... from Webb at a rate of $12,000 per month for
  a period of twenty-one (21) months commencing April 1, 2003. In addition, the Company shall purchase
  certain assets ... at a purchase price of $200,000 no later than August 31, 2004." Schedule 5.2(l) is
  not in the filing. Our reading of "per month": $12,000 for each month by its last day, counted
  cumulatively.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  @spa_5_2_l_monthly
  Rule: §5.2(l) Software at $12,000 a month for twenty-one months from April 1, 2003

    Scenario: Nothing was paid for December 2003: breached from January 1, 2004
      When the deal is checked as of "2004-01-20"
      Then "spa.5.2.l.monthly" was breached on "2004-01-01"
      And the reason for "spa.5.2.l.monthly" mentions "By December 31, 2003 the Company had paid Webb $96,000.00 for the software products of Schedule 5.2(l), $12,000.00 short of the $108,000.00 owed at $12,000 a month for the 9 months from April 2003"

    Scenario: Until the end of December, December's $12,000 is due
      When the deal is checked as of "2003-12-20"
      Then "spa.5.2.l.monthly" is due on "2003-12-31"
      And the reason for "spa.5.2.l.monthly" mentions "The Company has paid Webb $96,000.00 for the software products of Schedule 5.2(l), $12,000.00 short of the $108,000.00 owed at $12,000 a month for the 9 months from April 2003 to the month ending December 31, 2003"

    Scenario: A catch-up payment in January covers December, but not the month it was late
      Given the Company pays Webb "$12,000.00" for the "software" on "2004-01-05"
      When the deal is checked as of "2004-01-10"
      Then "spa.5.2.l.monthly" was breached on "2004-01-01"

    Scenario: Paid on December 29, every month to date is paid
      Given the Company pays Webb "$12,000.00" for the "software" on "2003-12-29"
      When the deal is checked as of "2003-12-31"
      Then "spa.5.2.l.monthly" is "complied"
      And the reason for "spa.5.2.l.monthly" mentions "The Company has paid Webb $108,000.00 for the software products of Schedule 5.2(l): at $12,000 a month, the 9 months from April 2003 to the month ending December 31, 2003 call for $108,000.00"

    Scenario: On January 1, January's $12,000 is due by January 31
      Given the Company pays Webb "$12,000.00" for the "software" on "2003-12-29"
      When the deal is checked as of "2004-01-01"
      Then "spa.5.2.l.monthly" is due on "2004-01-31"

    Scenario: The twenty-one months end with December 2004: $252,000 paid, nothing more is owed
      Given the Company pays Webb "$12,000.00" for the "software" on "2003-12-29"
      And the Company pays Webb "$108,000.00" for the "software" on "2004-04-15"
      When the deal is checked as of "2005-06-30"
      Then "spa.5.2.l.monthly" is "complied"
      And the reason for "spa.5.2.l.monthly" mentions "the 21 months from April 2003 to the month ending December 31, 2004 call for $252,000.00"

    Scenario: Before April 1, 2003 nothing is owed
      When the deal is checked as of "2003-03-31"
      Then "spa.5.2.l.monthly" is "not yet due"

    Scenario: Without the record of the purchases, the covenant is unknown (software)
      Given the fact "purchases_from_webb" is unknown
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.l.monthly" is "unknown"
      And "spa.5.2.l.monthly" is missing "purchases_from_webb"

    Scenario: Waived in writing by every Investor and the Company (software)
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.l.monthly" in writing on "2004-03-10"
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.l.monthly" is "waived"

  @spa_5_2_l_assets
  Rule: §5.2(l) The Schedule 5.2(l) assets for $200,000 no later than August 31, 2004

    Scenario Outline: Not bought yet: due until August 31, 2004, breached from September 1
      When the deal is checked as of "<as of>"
      Then "spa.5.2.l.assets" <outcome>
      And the reason for "spa.5.2.l.assets" mentions "The Company has not bought the Schedule 5.2(l) assets from Webb for $200,000"

      Examples:
        | as of      | outcome                       |
        | 2004-04-15 | is due on "2004-08-31"        |
        | 2004-08-31 | is due on "2004-08-31"        |
        | 2004-09-01 | was breached on "2004-09-01"  |

    Scenario: Bought on August 31, 2004 for $200,000
      Given the Company pays Webb "$200,000.00" for the "assets" on "2004-08-31"
      When the deal is checked as of "2004-09-15"
      Then "spa.5.2.l.assets" is "complied"
      And the reason for "spa.5.2.l.assets" mentions "at the purchase price of $200,000, paid on August 31, 2004"

    Scenario: Bought for $199,999.99, it is not the purchase the covenant asks for
      Given the Company pays Webb "$199,999.99" for the "assets" on "2004-08-31"
      When the deal is checked as of "2004-09-15"
      Then "spa.5.2.l.assets" was breached on "2004-09-01"
      And the reason for "spa.5.2.l.assets" mentions "The Company paid Webb $199,999.99 for the Schedule 5.2(l) assets, not the purchase price of $200,000"

    Scenario: Before the Closing nothing is owed
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.l.assets" is "not yet due"

    Scenario: Without the record of the purchases, the covenant is unknown (assets)
      Given the fact "purchases_from_webb" is unknown
      When the deal is checked as of "2004-04-15"
      Then "spa.5.2.l.assets" is "unknown"

    Scenario: Waived in writing by every Investor and the Company (assets)
      Given "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.l.assets" in writing on "2004-08-01"
      When the deal is checked as of "2004-09-15"
      Then "spa.5.2.l.assets" is "waived"
