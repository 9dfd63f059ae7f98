package vn.gov.daklak.feedback.report;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ReportRepository extends MongoRepository<Report, String> {

    Optional<Report> findByTrackingCode(String trackingCode);
}
