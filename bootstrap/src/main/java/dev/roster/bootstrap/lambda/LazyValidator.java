package dev.roster.bootstrap.lambda;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.Set;

/**
 * Hibernate Validator, built on first use: reads validate nothing, and building it (with the logging it brings) is a
 * fifth of a second of cold start. SnapStart's priming builds it before the snapshot instead (see LazyFileStore).
 */
final class LazyValidator implements Validator {

    private final OnFirstUse<Validator> validator;

    LazyValidator(OnFirstUse<Validator> validator) {
        this.validator = validator;
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
        return validator.get().validate(object, groups);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
        return validator.get().validateProperty(object, propertyName, groups);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateValue(
            Class<T> beanType, String propertyName, Object value, Class<?>... groups) {
        return validator.get().validateValue(beanType, propertyName, value, groups);
    }

    @Override
    public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
        return validator.get().getConstraintsForClass(clazz);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return validator.get().unwrap(type);
    }

    @Override
    public ExecutableValidator forExecutables() {
        return validator.get().forExecutables();
    }
}
