-- Leases on the work of requests in progress: the account of a pending row is the work of the instance named in
-- claimed_by until lease_until; a row whose lease is NULL or past is anyone's to take over. A row's lease ends
-- with its answer (answer_order set), and the rows with the request's end.
ALTER TABLE provisioning_request_accounts ADD COLUMN claimed_by TEXT;
ALTER TABLE provisioning_request_accounts ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
CREATE INDEX provisioning_request_accounts_by_owner ON provisioning_request_accounts (claimed_by);
CREATE INDEX provisioning_request_accounts_by_lease ON provisioning_request_accounts (lease_until);
