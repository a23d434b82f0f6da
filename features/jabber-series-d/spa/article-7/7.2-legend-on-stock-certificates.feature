@jabber_series_d
Feature: SPA §7.2: the Securities Act legend on every certificate of an Investor or its transferee
  "Each certificate representing shares of Series D Preferred Stock and Common Stock held by any Investor or
  any transferee of any Investor shall bear the following legend (in addition to any legends required by the
  Related Agreements) until such time as the shares represented thereby are no longer subject to the
  provisions hereof: THE SECURITIES REPRESENTED BY THIS CERTIFICATE HAVE NOT BEEN REGISTERED UNDER THE
  SECURITIES ACT OF 1933 ...". Per Investor, over the certificates of its shares: owed from the Closing,
  breached on the day a certificate without the legend is issued, and ended when a Qualified Public Offering
  ends the Agreement (§7.4), a breach before it staying on the record. Certificates are illustrative.

  Background:
    Given the deal state "examples/jabber-series-d-year-after.yaml"

  @spa_7_2
  Rule: §7.2 Every certificate of an Investor's shares bears the legend, until they are no longer subject to the Agreement

    Scenario: The certificates delivered at the Closing bear the legend: complied with
      When the deal is checked
      Then "spa.7.2" is "complied" for every party
      And the reason for "spa.7.2" for "FTTI" mentions "issued on March 18, 2003, bears the Securities Act legend §7.2 requires"

    Scenario: A certificate issued without the legend to a transferee of FTTI: breached on the day it was issued, FTTI's row only
      Given on "2004-02-02" the Company issues stock certificate "C-12" for shares of "FTTI" held by "FT Holdings (a transferee of FTTI)" without the §7.2 legend
      When the deal is checked as of "2004-02-10"
      Then the outcomes are:
        | rule    | party | status   |
        | spa.7.2 | FTTI  | breached |
        | spa.7.2 | INTEL | complied |
        | spa.7.2 | WEBB  | complied |
      And "spa.7.2" for "FTTI" was breached on "2004-02-02"
      And the reason for "spa.7.2" for "FTTI" mentions "issued on February 2, 2004, does not bear the Securities Act legend §7.2 requires"
      And the working for "spa.7.2" for "FTTI" mentions "C-12"

    Scenario: A certificate of Common Stock issued on a conversion, with the legend: complied with
      Given on "2004-02-02" the Company issues stock certificate "C-13" for shares of "WEBB" with the §7.2 legend
      When the deal is checked as of "2004-02-10"
      Then "spa.7.2" is "complied" for "WEBB"

    Scenario: A certificate issued after the date checked is not seen yet
      Given on "2004-02-02" the Company issues stock certificate "C-12" for shares of "FTTI" without the §7.2 legend
      When the deal is checked as of "2004-02-01"
      Then "spa.7.2" is "complied" for "FTTI"

    Scenario: A Qualified Public Offering ends it; the breach before it stays on the record, dated
      Given on "2004-02-02" the Company issues stock certificate "C-12" for shares of "FTTI" without the §7.2 legend
      And a public offering closes on "2004-06-30" at "$1.40" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.7.2" for "FTTI" ended by "a Qualified Public Offering"
      And the working for "spa.7.2" for "FTTI" mentions "it was breached on 2004-02-02, before it ended"

    Scenario: An offering at $1.39 a share is no Qualified Public Offering: the shares are still subject to the Agreement
      Given a public offering closes on "2004-06-30" at "$1.39" a share raising "$20,000,000.00", firm commitment underwritten
      When the deal is checked as of "2004-07-15"
      Then "spa.7.2" is "complied" for every party

    Scenario: Before the Closing Date no certificate is owed yet
      Given the fact "closing_date" is "2003-03-20"
      When the deal is checked as of "2003-03-19"
      Then "spa.7.2" is "not yet due" for every party

    Scenario: With nothing known about the certificates, whether they bear the legend is unknown
      Given the fact "stock_certificates" is unknown
      When the deal is checked
      Then "spa.7.2" is "unknown" for every party
      And "spa.7.2" for "INTEL" is missing "stock_certificates"

    @waiver
    Scenario: The Company and every Investor waive it in writing under §7.9
      Given on "2004-02-02" the Company issues stock certificate "C-12" for shares of "FTTI" without the §7.2 legend
      And "COMPANY, FTTI, INTEL, WEBB" waives "spa.7.2" in writing on "2004-02-05"
      When the deal is checked as of "2004-02-10"
      Then "spa.7.2" is "waived" for "FTTI"
