# The module instantiated twice with different names in one account plans
# without any name collision (no hard-coded resource names).

mock_provider "aws" {
  source = "./tests/mocks"
}

run "two_instances_have_no_name_collision" {
  command = plan

  module {
    source = "./tests/fixtures/two_instances"
  }

  assert {
    condition     = output.alpha_names == ["alpha", "/alpha/containers", "alpha.local", "alpha-execution", "alpha-task", "alpha"]
    error_message = "The first instance's names must all derive from its name."
  }

  assert {
    condition     = length(setintersection(toset(output.alpha_names), toset(output.beta_names))) == 0
    error_message = "Two instances with different names must not share any resource name."
  }
}
