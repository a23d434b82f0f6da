@jabber_series_d
Feature: SPA §2.4: what the Company may spend the proceeds of the Shares on
  "Except as contemplated by Section 7.1, the Company shall use the proceeds received from the sale of the
  Shares solely to fund working capital, capital expenditures and acquisitions, and for general corporate
  purposes and not to repay any indebtedness of the Company outstanding on the Closing Date or for
  distributions or payments of any kind to the Company's stockholders (or their Affiliates) or other
  Affiliates of the Company, other than Company repurchases of restricted stock at cost from employees or
  consultants pursuant to compensation agreements or arrangements approved by the Board of Directors."
  A negative covenant over each dated use of the proceeds: breached on the first forbidden use. A payment
  whose source cannot be traced is unknown if it is of a forbidden kind. §5.2(l) obliges the Company to pay
  Webb, a stockholder: whether it may do so from the proceeds is the setting proceeds_webb_purchases
  (forbidden by default: §2.4 excepts only §7.1). §2.4 states no end; §7.4 ends the Agreement's
  obligations on the consummation of a Qualified Public Offering. Waivable only under §7.9.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"
    And on "2003-04-15" the Company uses "$250,000.00" of the proceeds for "the April payroll", working capital

  @spa_2_4
  Rule: §2.4 Use of proceeds

    Scenario Outline: Used for <purpose>: complied
      Given on "2003-05-15" the Company uses "$80,000.00" of the proceeds for "the May spend", <purpose>
      When the deal is checked as of "2003-06-30"
      Then "spa.2.4" is "complied"

      Examples:
        | purpose                    |
        | working capital            |
        | capital expenditures       |
        | acquisitions               |
        | general corporate purposes |

    Scenario: Used for none of the purposes §2.4 allows: breached that day
      Given on "2003-05-15" the Company uses "$80,000.00" of the proceeds for "the CEO's yacht", none of the purposes §2.4 allows
      When the deal is checked as of "2003-06-30"
      Then "spa.2.4" was breached on "2003-05-15"
      And the reason for "spa.2.4" mentions "used $80,000.00 of the proceeds of the Shares for a purpose other than working capital"

    Scenario: Repaying a loan outstanding on the Closing Date breaches it
      Given on "2003-05-15" the Company uses "$100,000.00" of the proceeds to repay "the equipment loan", indebtedness outstanding on the Closing Date
      When the deal is checked as of "2003-06-30"
      Then "spa.2.4" was breached on "2003-05-15"
      And the reason for "spa.2.4" mentions "used $100,000.00 of the proceeds of the Shares to repay indebtedness of the Company outstanding on the Closing Date"

    Scenario: The first forbidden use is the date of the breach
      Given on "2003-06-01" the Company uses "$100,000.00" of the proceeds to repay "the equipment loan", indebtedness outstanding on the Closing Date
      And on "2003-05-15" the Company pays "$20,000.00" of the proceeds to "FTTI", a stockholder, for "a consulting fee"
      When the deal is checked as of "2003-06-30"
      Then "spa.2.4" was breached on "2003-05-15"
      And the reason for "spa.2.4" mentions "used $20,000.00 of the proceeds of the Shares for a payment to a stockholder"

    Scenario: Reimbursing Intel's expenses under §7.1 is excepted, though Intel is a stockholder
      Given on "2003-03-25" the Company reimburses "$45,000.00" of Intel's expenses from the proceeds under §7.1
      When the deal is checked as of "2003-06-30"
      Then "spa.2.4" is "complied"
      And the reason for "spa.2.4" mentions "The Company has used $295,000.00 of the proceeds of the Shares so far"

    Scenario: A Board-approved repurchase of restricted stock at cost from an employee is allowed
      Given on "2003-06-20" the Company repurchases restricted stock at cost for "$1,500.00" of the proceeds from "a departing engineer", under a compensation arrangement the Board approved
      When the deal is checked as of "2003-06-30"
      Then "spa.2.4" is "complied"

    Scenario Outline: Paying Webb for the April software (§5.2(l)) from the proceeds, under the reading <reading>
      Given the setting "proceeds_webb_purchases" is "<reading>"
      And on "2003-04-30" the Company pays "$12,000.00" of the proceeds to "WEBB", a stockholder, for "the April software", a purchase from Webb under §5.2(l)
      When the deal is checked as of "2003-06-30"
      Then "spa.2.4" <outcome>
      And "spa.2.4" used the setting "proceeds_webb_purchases" as "<reading>"

      Examples:
        | reading   | outcome                      |
        | forbidden | was breached on "2003-04-30" |
        | permitted | is "complied"                |

    Scenario: Paid for from other funds, the purchase from Webb is not a use of the proceeds
      Given on "2003-04-30" the Company pays "$12,000.00" of the proceeds to "WEBB", a stockholder, for "the April software", a purchase from Webb under §5.2(l)
      And "the April software" was paid from other funds, not the proceeds
      When the deal is checked as of "2003-06-30"
      Then "spa.2.4" is "complied"

    Scenario: When the money paid to Webb cannot be traced, compliance is unknown
      Given on "2003-04-30" the Company pays "$12,000.00" of the proceeds to "WEBB", a stockholder, for "the April software", a purchase from Webb under §5.2(l)
      And "the April software" was paid from money that cannot be traced
      When the deal is checked as of "2003-06-30"
      Then "spa.2.4" is "unknown"
      And "spa.2.4" is missing "proceeds_uses[the April software].from_proceeds"

    Scenario: Nothing recorded of the uses of the proceeds: unknown
      Given the fact "proceeds_uses" is unknown
      When the deal is checked as of "2003-06-30"
      Then "spa.2.4" is "unknown"
      And "spa.2.4" is missing "proceeds_uses"

    Scenario: A later forbidden use is not seen before it happens
      Given on "2003-05-15" the Company uses "$100,000.00" of the proceeds to repay "the equipment loan", indebtedness outstanding on the Closing Date
      When the deal is checked as of "2003-05-14"
      Then "spa.2.4" is "complied"

    Scenario: Before the Closing Date there are no proceeds to use
      When the deal is checked as of "2003-03-17"
      Then "spa.2.4" is "not yet due"

    Scenario: A Qualified Public Offering ends it under §7.4, the forbidden use kept on the record
      Given on "2003-05-15" the Company uses "$100,000.00" of the proceeds to repay "the equipment loan", indebtedness outstanding on the Closing Date
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.2.4" ended by "the consummation of a Qualified Public Offering (§7.4)"
      And the working for "spa.2.4" mentions "it was breached on 2003-05-15, before it ended"

    Scenario: An offering that is not a Qualified Public Offering ends nothing
      Given a public offering closes on "2004-06-30" at "$1.39" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.2.4" is "complied"

    Scenario: Waived in writing by every Investor and the Company (use of proceeds)
      Given on "2003-05-15" the Company uses "$100,000.00" of the proceeds to repay "the equipment loan", indebtedness outstanding on the Closing Date
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.2.4" in writing on "2003-06-01"
      When the deal is checked as of "2003-06-30"
      Then "spa.2.4" is "waived"
