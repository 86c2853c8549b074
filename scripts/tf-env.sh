# shellcheck shell=bash
# Source this file to run Terraform offline from a provider mirror.
#
#   TF_PLUGIN_DIR  filesystem mirror holding registry.terraform.io/hashicorp/aws
#                  (default: /opt/tf-plugins when it exists). Set it to an empty
#                  string to use the public registry with a plain `terraform init`.
#
# It writes a CLI configuration that installs providers only from the mirror, and
# points TF_CLI_CONFIG_FILE at it, so every `terraform init` below works offline.
export CHECKPOINT_DISABLE=1
export TF_IN_AUTOMATION=1
: "${TF_PLUGIN_DIR=/opt/tf-plugins}"
if [ -n "$TF_PLUGIN_DIR" ] && [ -d "$TF_PLUGIN_DIR" ]; then
  _tf_cfg_dir="${TMPDIR:-/tmp}/sockerless-tfcheck-tfcfg"
  mkdir -p "$_tf_cfg_dir"
  cat >"$_tf_cfg_dir/terraformrc" <<CFG
provider_installation {
  filesystem_mirror {
    path    = "$TF_PLUGIN_DIR"
    include = ["registry.terraform.io/*/*"]
  }
  direct {
    exclude = ["registry.terraform.io/*/*"]
  }
}
CFG
  export TF_CLI_CONFIG_FILE="$_tf_cfg_dir/terraformrc"
  # One shared plugin cache keeps repeated inits fast without network.
  export TF_PLUGIN_CACHE_DIR="$_tf_cfg_dir/plugin-cache"
  export TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE=1
  mkdir -p "$TF_PLUGIN_CACHE_DIR"
  unset _tf_cfg_dir
elif [ -n "${TF_CLI_CONFIG_FILE:-}" ] && [ ! -f "$TF_CLI_CONFIG_FILE" ]; then
  # A configured but missing CLI config only produces warnings on every command.
  unset TF_CLI_CONFIG_FILE
fi
