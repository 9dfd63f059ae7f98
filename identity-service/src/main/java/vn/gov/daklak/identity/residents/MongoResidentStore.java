package vn.gov.daklak.identity.residents;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

import jakarta.annotation.PostConstruct;

@Repository
class MongoResidentStore implements ResidentStore {
    private final MongoTemplate mongo;

    MongoResidentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void indexes() {
        var ops = mongo.indexOps(ResidentDocument.class);
        // sparse: accounts without the field (not written when null) are not in the index
        ops.createIndex(new Index().on("phone", Sort.Direction.ASC).unique().sparse().named("phone_unique"));
        ops.createIndex(new Index().on("nationalIdHash", Sort.Direction.ASC).unique().sparse()
                .named("national_id_unique"));
    }

    @Override
    public Optional<ResidentDocument> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, ResidentDocument.class));
    }

    @Override
    public Optional<ResidentDocument> findByPhone(String phone) {
        return Optional.ofNullable(mongo.findOne(query(where("phone").is(phone)), ResidentDocument.class));
    }

    @Override
    public Optional<ResidentDocument> findByNationalIdHash(String hash) {
        return Optional.ofNullable(mongo.findOne(query(where("nationalIdHash").is(hash)), ResidentDocument.class));
    }

    @Override
    public boolean insert(ResidentDocument resident) {
        try {
            mongo.insert(resident);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void save(ResidentDocument resident) {
        mongo.save(resident);
    }
}
