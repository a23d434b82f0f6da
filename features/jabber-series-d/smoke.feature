@jabber_series_d @example
Feature: Smoke
  Scenario: the closing as planned
    Given the deal state "examples/jabber-series-d-closing.yaml"
    When the deal is checked
    Then the closing is ready
