@jabber_series_d
Feature: SPA §5.2(f): the Company keeps its material properties and assets in good repair
  "The Company shall maintain and keep its material properties and assets in good repair, working order and
  condition (ordinary wear and tear excepted), and from time to time make all necessary or desirable
  repairs, renewals and replacements". A material property or asset out of repair beyond ordinary wear and
  tear (each a judgement of a party to the Agreement) is a breach from the day it was so. From the Closing
  Date until a Qualified Public Offering; waivable only under §7.9.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  @spa_5_2_f
  Rule: §5.2(f) Properties

    Scenario Outline: The data center out of repair, <materiality>
      Given from "2004-02-01" the Company's "Denver data center", <materiality>, is out of good repair, working order and condition beyond ordinary wear and tear, as asserted by "FTTI"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.f" <outcome>
      And the reason for "spa.5.2.f" mentions "<reason>"

      Examples:
        | materiality          | outcome                      | reason                                                                                                           |
        | a material asset     | was breached on "2004-02-01" | A material property or asset of the Company was, as judged, not kept in good repair, working order and condition |
        | not a material asset | is "complied"                | No material property or asset of the Company has been, as judged, out of good repair                             |

    Scenario: Nothing out of repair: complied
      Given there are no "property_disrepairs"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.f" is "complied"

    Scenario: Nothing known about the Company's properties: unknown
      Given the fact "property_disrepairs" is unknown
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.f" is "unknown"
      And "spa.5.2.f" is missing "property_disrepairs"

    Scenario: Before the Closing Date nothing is owed under §5.2(f)
      When the deal is checked as of "2003-03-17"
      Then "spa.5.2.f" is "not yet due"

    Scenario: A Qualified Public Offering ends the covenant on properties
      Given there are no "property_disrepairs"
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.5.2.f" ended by "a Qualified Public Offering"

    Scenario: Waived in writing by every Investor and the Company (properties)
      Given from "2004-02-01" the Company's "Denver data center", a material asset, is out of good repair, working order and condition beyond ordinary wear and tear, as asserted by "FTTI"
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.5.2.f" in writing on "2004-02-10"
      When the deal is checked as of "2004-02-20"
      Then "spa.5.2.f" is "waived"
