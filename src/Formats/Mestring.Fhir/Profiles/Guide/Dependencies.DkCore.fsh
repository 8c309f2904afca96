// Reconstructed from hl7.fhir.dk.core 1.1.0 (not shipped with the guide's source). Canonical base
// http://hl7.dk/fhir/core/StructureDefinition/. Only the CPR identifier KLFFBReporting's citizen uses.
Profile: DkCoreCprIdentifier
Parent: Identifier
Id: dk-core-cpr-identifier
Title: "Danish Core CPR Identifier"
Description: "Identifier holding the CPR number"
* system 1..
* system = "urn:oid:1.2.208.176.1.2" (exactly)
* value 1..
