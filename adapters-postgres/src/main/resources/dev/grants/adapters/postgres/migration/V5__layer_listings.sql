-- ListLayers reads the layers of one account in one region by name, and each one's newest matching version:
-- this index serves it without a scan of every account's versions. (ListLayerVersions reads one layer's versions
-- newest first through the UNIQUE (layer, version) index of V1.)
CREATE INDEX layer_versions_by_owner ON layer_versions (account, region, layer_name, version);
