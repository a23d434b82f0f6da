@jabber_series_d
Feature: SPA §1.1(aa): a Qualified Public Offering
  "Qualified Public Offering" shall mean "a firm commitment underwritten public offering pursuant to a
  registration statement under the Securities Act, covering the offer and sale by the Company of Common
  Stock at a public offering price per share that is not less than $1.40 (as appropriately adjusted for any
  stock splits, combinations, divisions or similar recapitalizations affecting the Series D Preferred Stock
  after the Closing Date) and with a total in gross offering proceeds of not less than $20,000,000". Its
  closing ends the §5.2 and §5.3 covenants and, by §7.4, the Agreement. The row says whether one has closed
  by the as-of date; the calendar gives the date of the first. Offerings, prices and dates are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-closing.yaml"
    And the as-of date is "2004-12-31"
    And the Series D has had no stock split, combination or dividend

  @spa_1_1_aa
  Rule: §1.1(aa) A firm commitment, underwritten, registered sale of Common Stock by the Company at no less than $1.40 a share raising no less than $20,000,000

    Scenario: No public offering has closed, so no Qualified Public Offering has, and there is no date
      Given no public offering of the Company has closed
      When the deal is checked
      Then "spa.1.1.aa" is "not met"
      And the reason for "spa.1.1.aa" mentions "No public offering of the Company has closed by December 31, 2004"
      And the calendar lists no date for "qualified_public_offering_date"

    Scenario: With nothing recorded about public offerings, whether one has closed is unknown
      Given the fact "public_offerings" is unknown
      When the deal is checked
      Then "spa.1.1.aa" is "unknown"
      And "spa.1.1.aa" is missing "public_offerings"

    @boundary
    Scenario: $1.40 a share and $20,000,000.00, firm commitment underwritten: a Qualified Public Offering, on its closing date
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked
      Then "spa.1.1.aa" is "met"
      And the reason for "spa.1.1.aa" mentions "A Qualified Public Offering closed on June 30, 2004"
      And the reason for "spa.1.1.aa" mentions "at $1.40 a share (not less than $1.40), raising $20,000,000.00 in gross offering proceeds for the Company"
      And the calendar lists "qualified_public_offering_date" on "2004-06-30"

    @boundary
    Scenario: At $1.39999 a share the offering is not a Qualified Public Offering
      Given a public offering closes on "2004-06-30" at "$1.39999" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked
      Then "spa.1.1.aa" is "not met"
      And the reason for "spa.1.1.aa" mentions "was priced at $1.39999 a share, less than $1.40"
      And the calendar lists no date for "qualified_public_offering_date"

    @boundary
    Scenario: Raising $19,999,999.99 the offering is not a Qualified Public Offering
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$19,999,999.99", firm commitment underwritten
      When the deal is checked
      Then "spa.1.1.aa" is "not met"
      And the reason for "spa.1.1.aa" mentions "raised $19,999,999.99 in gross offering proceeds, less than $20,000,000"

    Scenario: A best-efforts offering is never a Qualified Public Offering, whatever its price and size
      Given a public offering closes on "2004-06-30" at "$5.00" a share raising "$100,000,000.00", best efforts underwritten
      When the deal is checked
      Then "spa.1.1.aa" is "not met"
      And the reason for "spa.1.1.aa" mentions "was not a firm commitment underwritten offering"

    Scenario: An offering not made under an effective registration statement is not one
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      And the "registration_statement_effective" of the "public_offerings" record "the offering of 2004-06-30" is "false"
      When the deal is checked
      Then "spa.1.1.aa" is "not met"

    Scenario: The first of two public offerings that qualify gives the date; an earlier best-efforts offering does not
      Given a public offering closes on "2004-03-31" at "$3.00" a share raising "$30,000,000.00", best efforts underwritten
      And a public offering closes on "2004-06-30" at "$1.50" a share raising "$25,000,000.00", firm commitment underwritten
      And a public offering closes on "2004-09-30" at "$2.00" a share raising "$40,000,000.00", firm commitment underwritten
      When the deal is checked
      Then "spa.1.1.aa" is "met"
      And the calendar lists "qualified_public_offering_date" on "2004-06-30"

    Scenario: An offering that closes after the as-of date is disregarded
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-06-29"
      Then "spa.1.1.aa" is "not met"

    Scenario: When the offering price is not known, whether it qualifies is unknown
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      And the "price_per_share" of the "public_offerings" record "the offering of 2004-06-30" is "unknown"
      When the deal is checked
      Then "spa.1.1.aa" is "unknown"
      And "spa.1.1.aa" is missing "public_offerings[the offering of 2004-06-30].price_per_share"
      And the calendar lists no date for "qualified_public_offering_date"

    Scenario: When it is not known whether the Series D has split, the price test is unknown
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      And the fact "stock_splits" is unknown
      When the deal is checked
      Then "spa.1.1.aa" is "unknown"
      And "spa.1.1.aa" is missing "stock_splits"

  @spa_1_1_aa
  Rule: §1.1(aa) The $1.40 is adjusted for splits and combinations of the Series D after the Closing Date

    @boundary
    Scenario: After a 2-for-1 split of the Series D, $0.70 a share is a Qualified Public Offering
      Given a "2-for-1" stock split of the Series D takes effect on "2004-01-15"
      And a public offering closes on "2004-06-30" at "$0.70" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked
      Then "spa.1.1.aa" is "met"
      And the reason for "spa.1.1.aa" mentions "at $0.70 a share, $1.40 as adjusted for the splits"
      And the working for "spa.1.1.aa" mentions "$0.70 * 2 = $1.40"

    @boundary
    Scenario: After a 2-for-1 split, $0.69999 a share is not
      Given a "2-for-1" stock split of the Series D takes effect on "2004-01-15"
      And a public offering closes on "2004-06-30" at "$0.69999" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked
      Then "spa.1.1.aa" is "not met"

    Scenario: A split after the offering closed does not adjust its price
      Given a "2-for-1" stock split of the Series D takes effect on "2004-07-15"
      And a public offering closes on "2004-06-30" at "$0.70" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked
      Then "spa.1.1.aa" is "not met"

    Scenario: After a 1-for-10 combination, the price must be $14.00 a share
      Given a "1-for-10" combination of the Series D takes effect on "2004-01-15"
      And a public offering closes on "2004-06-30" at "$13.99" a share raising "$20,000,000.00", firm commitment underwritten
      And a public offering closes on "2004-09-30" at "$14.00" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked
      Then "spa.1.1.aa" is "met"
      And the calendar lists "qualified_public_offering_date" on "2004-09-30"

  @spa_1_1_aa
  Rule: §1.1(aa) A stock dividend on the Series D adjusts the $1.40 only as a "similar recapitalization" (setting qpo_stock_dividend)

    Scenario: By default a 100% stock dividend adjusts the price as a 2-for-1 split does, so $0.70 qualifies
      Given a "100%" stock dividend on the Series D is paid on "2004-01-15"
      And a public offering closes on "2004-06-30" at "$0.70" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked
      Then "spa.1.1.aa" is "met"
      And "spa.1.1.aa" used the setting "qpo_stock_dividend" as "adjusts"

    Scenario: Read literally, a stock dividend is not a split, combination or division, and $0.70 does not qualify
      Given a "100%" stock dividend on the Series D is paid on "2004-01-15"
      And a public offering closes on "2004-06-30" at "$0.70" a share raising "$20,000,000.00", firm commitment underwritten
      And the setting "qpo_stock_dividend" is "not_adjusted"
      When the deal is checked
      Then "spa.1.1.aa" is "not met"
      And the calendar lists no date for "qualified_public_offering_date"

    Scenario: Under the literal reading a split still adjusts the price
      Given a "2-for-1" stock split of the Series D takes effect on "2004-01-15"
      And a public offering closes on "2004-06-30" at "$0.70" a share raising "$20,000,000.00", firm commitment underwritten
      And the setting "qpo_stock_dividend" is "not_adjusted"
      When the deal is checked
      Then "spa.1.1.aa" is "met"

    Scenario: Left to counsel, a $0.70 offering after a stock dividend is a Qualified Public Offering under one reading only
      Given a "100%" stock dividend on the Series D is paid on "2004-01-15"
      And a public offering closes on "2004-06-30" at "$0.70" a share raising "$20,000,000.00", firm commitment underwritten
      And the setting "qpo_stock_dividend" is "unresolved"
      When the deal is checked
      Then "spa.1.1.aa" is "unknown"
      And the working for "spa.1.1.aa" mentions "met under adjusts, not met under not_adjusted"
      And "spa.1.1.aa" used the setting "qpo_stock_dividend" as "unresolved"
      And the calendar lists "qualified_public_offering_date" on "2004-06-30" under "qpo_stock_dividend=adjusts"

    Scenario: Left to counsel, the date of a Qualified Public Offering both readings accept is listed once
      Given a "100%" stock dividend on the Series D is paid on "2004-01-15"
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      And the setting "qpo_stock_dividend" is "unresolved"
      When the deal is checked
      Then "spa.1.1.aa" is "met"
      And the working for "spa.1.1.aa" mentions "the same under every reading of qpo_stock_dividend"
      And the calendar lists "qualified_public_offering_date" on "2004-06-30"

    Scenario: Left to counsel, the covenants a Qualified Public Offering ends end on the date both readings give
      Given a "100%" stock dividend on the Series D is paid on "2004-01-15"
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      And the setting "qpo_stock_dividend" is "unresolved"
      When the deal is checked
      Then "spa.5.2.c.v" for "FTTI" ended by "a Qualified Public Offering"

  @spa_1_1_aa
  Rule: §1.1(aa) Only the Company's proceeds count towards the $20,000,000 (setting qpo_gross_proceeds)

    Scenario: By default selling stockholders' proceeds do not make up the Company's shortfall
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$15,000,000.00", firm commitment underwritten
      And selling stockholders sell "$5,000,000.00" of shares in the offering of "2004-06-30"
      When the deal is checked
      Then "spa.1.1.aa" is "not met"
      And the reason for "spa.1.1.aa" mentions "the $5,000,000.00 of selling stockholders do not count under this reading"
      And "spa.1.1.aa" used the setting "qpo_gross_proceeds" as "company_only"

    Scenario: Counting the whole offering, $15,000,000.00 and $5,000,000.00 from selling stockholders reach $20,000,000
      Given a public offering closes on "2004-06-30" at "$1.40" a share raising "$15,000,000.00", firm commitment underwritten
      And selling stockholders sell "$5,000,000.00" of shares in the offering of "2004-06-30"
      And the setting "qpo_gross_proceeds" is "total_offering"
      When the deal is checked
      Then "spa.1.1.aa" is "met"
      And the reason for "spa.1.1.aa" mentions "raising $20,000,000.00 in gross offering proceeds, $5,000,000.00 of them for selling stockholders"
      And the calendar lists "qualified_public_offering_date" on "2004-06-30"
      And the working for "spa.1.1.aa" mentions "under qpo_stock_dividend = adjusts, qpo_gross_proceeds = total_offering"
