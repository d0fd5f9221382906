/** The IAM Identity Center family (sso-admin, json 1.1): its operations, its codec and its answer to every error. */
package dev.grants.adapters.json.ssoadmin;
