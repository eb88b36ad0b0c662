-- A district can be taken out of use without losing history: objects and buyer requirements that
-- refer to it keep it, but normalisation no longer maps new names to it and it is not offered.
ALTER TABLE "RealestateDistrict" ADD COLUMN "active" boolean NOT NULL DEFAULT true;
